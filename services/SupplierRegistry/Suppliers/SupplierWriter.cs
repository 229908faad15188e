using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Applies validated input to a supplier and queues the matching event; shared by the API and the CSV import.</summary>
public static class SupplierWriter
{
    public static Supplier Create(RegistryDbContext db, SupplierInput input, string by, DateTimeOffset now)
    {
        var supplier = New(input, by, now);
        db.Suppliers.Add(supplier);
        db.Publish(SupplierEvents.Registered(supplier, by));
        return supplier;
    }

    /// <summary>A new supplier, not yet added to any context (bulk imports insert many at once).</summary>
    public static Supplier New(SupplierInput input, string by, DateTimeOffset now)
    {
        var supplier = new Supplier { Id = Guid.CreateVersion7(now), CreatedAt = now, CreatedBy = by, Status = OnboardingStatus.Draft, Version = 1, UpdatedAt = now };
        Apply(supplier, input);
        return supplier;
    }

    /// <summary>Updates the supplier if anything differs; returns the names of the changed fields (empty: nothing written).</summary>
    public static IReadOnlyList<string> Update(RegistryDbContext db, Supplier supplier, SupplierInput input, string by, DateTimeOffset now)
    {
        var changed = Apply(supplier, input);
        if (changed.Count == 0) return changed;
        supplier.Version++;
        supplier.UpdatedAt = now;
        db.Publish(SupplierEvents.Updated(supplier, changed, by));
        return changed;
    }

    static List<string> Apply(Supplier s, SupplierInput input)
    {
        var changed = new List<string>();
        void Set<T>(string field, T current, T value, Action<T> assign)
        {
            if (EqualityComparer<T>.Default.Equals(current, value)) return;
            assign(value);
            changed.Add(field);
        }
        Set("Name", s.Name, input.Name, v => s.Name = v);
        Set("LocalName", s.LocalName, input.LocalName, v => s.LocalName = v);
        Set("RegistrationScheme", s.RegistrationScheme, input.RegistrationScheme, v => s.RegistrationScheme = v);
        Set("RegistrationValue", s.RegistrationValue, input.RegistrationValue, v => s.RegistrationValue = v);
        Set("Lei", s.Lei, input.Lei, v => s.Lei = v);
        Set("CountryCode", s.CountryCode, input.CountryCode, v => s.CountryCode = v);
        Set("RegionCode", s.RegionCode, input.RegionCode, v => s.RegionCode = v);
        Set("Roles", s.Roles, input.Roles, v => s.Roles = v);
        Set("ContactEmail", s.ContactEmail, input.ContactEmail, v => s.ContactEmail = v);

        var current = s.Aliases.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        if (!current.SetEquals(input.Aliases))
        {
            s.Aliases.RemoveAll(a => !input.Aliases.Contains(a.Name));
            foreach (var alias in input.Aliases.Where(a => !current.Contains(a)))
                s.Aliases.Add(new SupplierAlias { SupplierId = s.Id, Name = alias });
            changed.Add("Aliases");
        }
        s.NameKey = SupplierNames.Key(s.Name);
        s.SearchText = SupplierNames.SearchText(s);
        return changed;
    }
}
