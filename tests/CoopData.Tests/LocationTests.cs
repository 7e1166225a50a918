using System;
using System.Text.Json;
using CoopData;

namespace CoopData.Tests;

public class LocationTests
{
    private static City District(bool approximate, double? lat = 21.02, double? lon = 105.84) =>
        new("dong-da", "Dong Da", "VN", CityKind.District, [], null, lat, lon, [], approximate);

    [Fact]
    public void A_city_is_exactly_located_unless_told_otherwise()
    {
        Assert.False(new City("hanoi", "Hanoi", "VN", CityKind.Capital, [], null, 21.02, 105.84, []).IsLocationApproximate);
        Assert.True(District(approximate: true).IsLocationApproximate);
    }

    [Fact]
    public void An_approximate_location_needs_coordinates() =>
        Assert.Throws<ArgumentException>(() => District(approximate: true, lat: null, lon: null));

    [Fact]
    public void The_export_writes_lat_lon_and_the_approximate_flag()
    {
        var data = new CoopDataset([], [District(approximate: true), new City("hanoi", "Hanoi", "VN", CityKind.Capital, [], null, 21.02, 105.84, [])], [], [], []);
        using var doc = JsonDocument.Parse(data.ToJson());
        var cities = doc.RootElement.GetProperty("cities");

        Assert.Equal(21.02, cities[0].GetProperty("lat").GetDouble());
        Assert.Equal(105.84, cities[0].GetProperty("lon").GetDouble());
        Assert.True(cities[0].GetProperty("approximate").GetBoolean());
        Assert.False(cities[1].GetProperty("approximate").GetBoolean());
    }
}
