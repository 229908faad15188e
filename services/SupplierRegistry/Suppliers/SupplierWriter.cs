using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Facilities;

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

    /// <summary>
    /// Moves the supplier to <paramref name="to"/> (the caller has checked the workflow allows it), records who and why,
    /// and queues <see cref="SupplierStatusChanged"/>. The version bump is what makes a concurrent change fail at SaveChanges.
    /// </summary>
    public static void ChangeStatus(RegistryDbContext db, Supplier supplier, OnboardingStatus to, string reason, string by, DateTimeOffset now)
    {
        var from = supplier.Status;
        supplier.Status = to;
        supplier.Version++;
        supplier.UpdatedAt = now;
        supplier.StatusHistory.Add(new StatusChange { SupplierId = supplier.Id, From = from, To = to, Reason = reason, ChangedBy = by, ChangedAt = now });
        db.Publish(new SupplierStatusChanged
        {
            SupplierId = supplier.Id, Version = supplier.Version, From = from.ToString(), To = to.ToString(), Reason = reason, By = by, OccurredAt = now,
        });
    }

    /// <summary>Adds a production site and queues <see cref="SupplierUpdated"/> with the supplier's facilities.</summary>
    public static void AddFacility(RegistryDbContext db, Supplier supplier, Facility facility, string by, DateTimeOffset now)
    {
        // Added explicitly: EF would take a new entity with a preset Guid key, found through the navigation, for an existing row.
        db.Facilities.Add(facility);
        supplier.Facilities.Add(facility);
        supplier.Version++;
        supplier.UpdatedAt = now;
        db.Publish(SupplierEvents.Updated(supplier, ["Facilities"], by));
    }

    /// <summary>
    /// A change to the supplier's upstream links: they are part of the supplier's state that its version guards,
    /// so a form read before someone else's link change is refused (412) instead of silently overwriting it.
    /// </summary>
    public static void TouchLinks(Supplier supplier, DateTimeOffset now)
    {
        supplier.Version++;
        supplier.UpdatedAt = now;
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
