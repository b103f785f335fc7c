using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sightline.Storage;

/// <summary>Inserts many rows of an entity with multi-row <c>INSERT … VALUES (…), (…)</c> statements, reading table and column
/// names from the EF model. Plain SQL that SQLite and PostgreSQL both accept, for imports where EF's change tracking costs
/// more than the database (about 5,000 rows a second against several tens of thousands).</summary>
/// <remarks>For entities whose keys are set by the caller (no generated values) and whose properties map to plain columns.</remarks>
internal static class BulkInsert
{
    /// <summary>Rows per statement. Small on purpose: SQLite looks parameters up by name linearly, so a statement's cost
    /// grows with the square of its parameters; 16 rows keep that negligible and still save PostgreSQL most round trips.</summary>
    private const int RowsPerStatement = 16;

    public static async Task InsertAsync<T>(SightlineDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        Mapping<T> map = Mapping<T>.For(db.Model);
        DbConnection connection = db.Database.GetDbConnection();
        DbTransaction? transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? full = null;
        try
        {
            for (int start = 0; start < rows.Count; start += RowsPerStatement)
            {
                int count = Math.Min(RowsPerStatement, rows.Count - start);
                DbCommand command;
                if (count == RowsPerStatement)
                {
                    // One prepared statement, reused with new values for every full chunk.
                    command = full ??= Create(connection, transaction, map, count);
                }
                else
                {
                    command = Create(connection, transaction, map, count);
                }

                int p = 0;
                for (int i = 0; i < count; i++)
                {
                    T row = rows[start + i];
                    foreach (Func<T, object?> getter in map.Getters)
                    {
                        command.Parameters[p++].Value = getter(row) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                if (command != full)
                {
                    await command.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static DbCommand Create<T>(DbConnection connection, DbTransaction? transaction, Mapping<T> map, int rows)
        where T : class
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new System.Text.StringBuilder(map.Prefix);
        int p = 0;
        for (int i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "(" : ",(");
            for (int c = 0; c < map.Columns.Length; c++)
            {
                string name = "@p" + p++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? string.Empty : ",").Append(name);
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        // Not prepared explicitly: Npgsql would need parameter types up front; SQLite keeps its compiled statement per command.
        command.CommandText = sql.ToString();
        return command;
    }

    private sealed class Mapping<T>
        where T : class
    {
        private static Mapping<T>? _cached;

        private Mapping(string prefix, string[] columns, Func<T, object?>[] getters)
        {
            Prefix = prefix;
            Columns = columns;
            Getters = getters;
        }

        public string Prefix { get; }

        public string[] Columns { get; }

        public Func<T, object?>[] Getters { get; }

        public static Mapping<T> For(IModel model)
        {
            if (_cached is { } cached)
            {
                return cached;
            }

            IEntityType entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            string table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
            string[] columns = [.. properties.Select(p => p.GetColumnName(store)!)];
            Func<T, object?>[] getters = [.. properties.Select(p =>
            {
                ParameterExpression row = Expression.Parameter(typeof(T));
                return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(row, p.PropertyInfo!), typeof(object)), row).Compile();
            })];
            string prefix = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ";
            return _cached = new Mapping<T>(prefix, columns, getters);
        }
    }
}
