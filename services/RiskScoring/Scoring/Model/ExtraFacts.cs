using System.Collections.Immutable;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Facts from sources added after the model (questionnaire answers, documents, …), one record per
/// source, keyed by the record's type. A new source's consumer puts its record here and its factor
/// reads it back with <see cref="Get{T}"/>; <see cref="SupplierFacts"/> itself does not change.
/// Immutable: <see cref="With{T}"/> returns a copy.
/// </summary>
public sealed class ExtraFacts
{
    /// <summary>No extra facts.</summary>
    public static readonly ExtraFacts None = new(ImmutableDictionary<Type, object>.Empty);

    readonly ImmutableDictionary<Type, object> facts;

    ExtraFacts(ImmutableDictionary<Type, object> facts) => this.facts = facts;

    /// <summary>How many sources have put facts here.</summary>
    public int Count => facts.Count;

    /// <summary>The source's record of type <typeparamref name="T"/>, or null when that source has nothing on the supplier.</summary>
    public T? Get<T>() where T : class => facts.TryGetValue(typeof(T), out var fact) ? (T)fact : null;

    /// <summary>A copy with <paramref name="fact"/> as the record of its type (replacing an earlier one).</summary>
    public ExtraFacts With<T>(T fact) where T : class
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new ExtraFacts(facts.SetItem(typeof(T), fact));
    }

    /// <summary>A copy without a record of type <typeparamref name="T"/>.</summary>
    public ExtraFacts Without<T>() where T : class => facts.ContainsKey(typeof(T)) ? new ExtraFacts(facts.Remove(typeof(T))) : this;
}
