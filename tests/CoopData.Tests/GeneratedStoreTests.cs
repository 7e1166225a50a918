using System.Collections.Generic;
using System.Linq;
using System.Threading;
using static CoopData.Tests.Sample;

namespace CoopData.Tests;

public class GeneratedStoreTests
{
    // A store reading copies of the sample's records, counting reads per type.
    private sealed class CountingStore : GeneratedStore
    {
        private static readonly CoopDataset Reference = Create();
        public readonly int[] Reads = new int[5];

        protected override Article[] ReadArticles()
        {
            Interlocked.Increment(ref Reads[0]);
            return [.. Reference.Articles.Select(a => new Article(a.Id, a.File, a.Title, a.Language, a.Published))];
        }

        protected override City[] ReadCities()
        {
            Interlocked.Increment(ref Reads[1]);
            Thread.Sleep(1); // widens the window for racing first uses
            return [.. Reference.Cities.Select(c => new City(c.Id, c.Name, c.Country, c.Kind, c.Aliases, c.ParentId, c.Latitude, c.Longitude, Sources(c.Sources), c.IsLocationApproximate))];
        }

        protected override Partnership[] ReadPartnerships()
        {
            Interlocked.Increment(ref Reads[2]);
            return [.. Reference.Partnerships.Select(p => new Partnership(p.Id, p.PartyIds, p.Since, p.Status, p.Fields, Sources(p.Sources)))];
        }

        protected override Event[] ReadEvents()
        {
            Interlocked.Increment(ref Reads[3]);
            return [.. Reference.Events.Select(e => new Event(e.Id, e.Kind, e.Title, e.Start, e.End, e.CityId, e.PartyIds, e.PersonIds, Sources(e.Sources)))];
        }

        protected override Person[] ReadPeople()
        {
            Interlocked.Increment(ref Reads[4]);
            return [.. Reference.People.Select(p => new Person(p.Id, p.Name, p.Aliases, p.Role, p.CityId, Sources(p.Sources)))];
        }

        private static SourceRef[] Sources(IReadOnlyList<SourceRef> s) => [.. s.Select(x => new SourceRef(x.ArticleFile, x.Line, x.Text))];
    }

    [Fact]
    public void Reads_each_record_type_once_when_first_needed()
    {
        var store = new CountingStore();
        Assert.Equal([0, 0, 0, 0, 0], store.Reads);

        var cities = store.Dataset.Cities;
        Assert.Equal([0, 1, 0, 0, 0], store.Reads);
        Assert.Equal(store.Cities, cities);
        Assert.Same(cities, store.Dataset.Cities);
        Assert.Same(store.Cities[0], store.Dataset.GetCity(store.Cities[0].Id));
        Assert.Same(store.Dataset, store.Cities[0].Dataset);

        // Navigation needs every type; each is still read once.
        Assert.Equal(["hanoi-izmir", "hanoi-toulouse"], store.Dataset.GetCity("hanoi").Partnerships.Select(p => p.Id));
        Assert.Equal([1, 1, 1, 1, 1], store.Reads);
        Assert.Same(store.Dataset, store.ReadAll());
        Assert.Equal([1, 1, 1, 1, 1], store.Reads);
        Assert.Equal(Create().ToJson(), store.Dataset.ToJson());
    }

    [Fact]
    public void A_type_first_used_from_several_threads_is_read_once()
    {
        for (int round = 0; round < 10; round++)
        {
            var store = new CountingStore();
            var arrays = new City[4][];
            var lists = new IReadOnlyList<City>[4];
            System.Threading.Tasks.Parallel.For(0, arrays.Length, i =>
            {
                if (i % 2 == 0) lists[i] = store.Dataset.Cities;
                arrays[i] = store.Cities;
                lists[i] ??= store.Dataset.Cities;
            });
            Assert.Equal(1, store.Reads[1]);
            Assert.All(arrays, a => Assert.Same(arrays[0], a));
            Assert.All(lists, l => Assert.Same(lists[0], l));
        }
    }
}
