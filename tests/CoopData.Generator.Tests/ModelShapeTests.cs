using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CoopData.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CoopData.Generator.Tests;

/// <summary>
/// The incremental cache holds every model between runs: anything from the compiler reachable from
/// them (a Compilation, a symbol, a syntax node, a source text) would pin old compilations in memory
/// and break equality. Walk every field type reachable from the cached models and prove none is.
/// </summary>
public class ModelShapeTests
{
    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText), typeof(AdditionalText), typeof(Location) };

    [Theory]
    [InlineData(typeof(ArticleResult), typeof(CoopData.Extraction.EventFact))]
    [InlineData(typeof(DatasetModel), typeof(CoopData.Extraction.Merging.MergedPerson))]
    [InlineData(typeof(GeneratorOptions), typeof(DiagnosticInfo))]
    [InlineData(typeof(CurationModel), typeof(CoopData.Extraction.Merging.PartnershipEdit))]
    public void Cached_models_reach_no_compiler_objects(Type root, Type deepMember)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(new[] { root });
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type)) continue;
            Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{type} is reachable from {root.Name}");
            if (type.IsGenericType) foreach (var arg in type.GetGenericArguments()) queue.Enqueue(arg);
            if (type.IsArray) queue.Enqueue(type.GetElementType()!);
            if (type.IsPrimitive || type == typeof(string)) continue;
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                queue.Enqueue(field.FieldType);
        }
        // The walk must really descend into the model, not stop at its root.
        Assert.Contains(deepMember, seen);
    }

    [Fact]
    public void Cached_models_compare_by_value()
    {
        var a = new DatasetModel(EmitterTests.SmallDataset(), ArticleLocations.Empty);
        var b = new DatasetModel(EmitterTests.SmallDataset(), ArticleLocations.Empty);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new DatasetModel(EmitterTests.SmallDataset("Another sentence."), a.Locations));
    }
}
