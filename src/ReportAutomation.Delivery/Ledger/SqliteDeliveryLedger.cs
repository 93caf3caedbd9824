using Microsoft.Data.Sqlite;

namespace ReportAutomation.Delivery.Ledger;

/// <summary>
/// The ledger in a SQLite file beside the outputs (<c>&lt;out&gt;/ledger.db</c>), WAL journal with full sync: a row that
/// was written survives a crash of the process the moment after. The SQL is the portable subset (ON CONFLICT DO NOTHING,
/// conditional UPDATE, integer milliseconds) that PostgreSQL runs unchanged.
/// </summary>
public sealed class SqliteDeliveryLedger : IDeliveryLedger
{
    /// <summary>The ledger's file name inside an output root.</summary>
    public const string FileName = "ledger.db";

    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating if needed) the ledger at <paramref name="path"/>.</summary>
    public SqliteDeliveryLedger(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=FULL;");
        Execute("PRAGMA busy_timeout=30000;");
        Execute(LedgerSchema.Create);
        if (!HasColumn("runs", "lease_owner"))
        {
            Execute(LedgerSchema.AddRunLease);
        }
    }

    /// <summary>The ledger for the output root <paramref name="outputRoot"/>.</summary>
    public static SqliteDeliveryLedger ForOutput(string outputRoot) => new(Path.Combine(outputRoot, FileName));

    /// <inheritdoc />
    public RunRecord OpenRun(string pack, string week, DateTimeOffset generatedAt, DateTimeOffset now)
    {
        Execute(
            "INSERT INTO runs (pack, week, generation, state, generated_at, created_at, updated_at) VALUES ($pack, $week, 0, 'building', $gen, $now, $now) ON CONFLICT (pack, week) DO NOTHING;",
            ("$pack", pack), ("$week", week), ("$gen", Ms(generatedAt)), ("$now", Ms(now)));
        return FindRun(pack, week)!;
    }

    /// <inheritdoc />
    public bool TryClaimRun(string pack, string week, string owner, DateTimeOffset now, TimeSpan lease) =>
        Execute(
            "UPDATE runs SET lease_owner = $owner, lease_until = $until WHERE pack = $pack AND week = $week " +
            "AND (lease_owner IS NULL OR lease_owner = $owner OR lease_until < $now);",
            ("$pack", pack), ("$week", week), ("$owner", owner), ("$until", Ms(now + lease)), ("$now", Ms(now))) == 1;

    /// <inheritdoc />
    public void ReleaseRun(string pack, string week, string owner) =>
        Execute(
            "UPDATE runs SET lease_owner = NULL, lease_until = NULL WHERE pack = $pack AND week = $week AND lease_owner = $owner;",
            ("$pack", pack), ("$week", week), ("$owner", owner));

    /// <inheritdoc />
    public RunRecord StartResend(string pack, string week, DateTimeOffset now)
    {
        Execute(
            "UPDATE runs SET generation = generation + 1, state = 'building', error = NULL, updated_at = $now WHERE pack = $pack AND week = $week;",
            ("$pack", pack), ("$week", week), ("$now", Ms(now)));
        return FindRun(pack, week)!;
    }

    /// <inheritdoc />
    public void UpdateRun(string pack, string week, RunState state, string? folder, string? error, DateTimeOffset now) =>
        Execute(
            "UPDATE runs SET state = $state, folder = COALESCE($folder, folder), error = $error, updated_at = $now WHERE pack = $pack AND week = $week;",
            ("$pack", pack), ("$week", week), ("$state", RunStateWord(state)), ("$folder", folder), ("$error", error), ("$now", Ms(now)));

    /// <inheritdoc />
    public RunRecord? FindRun(string pack, string week) => Runs(pack, week).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<RunRecord> Runs(string? pack, string? week)
    {
        using var command = Command(
            "SELECT pack, week, generation, state, generated_at, folder, error, created_at, updated_at, lease_owner, lease_until FROM runs " +
            "WHERE ($pack IS NULL OR pack = $pack) AND ($week IS NULL OR week = $week) ORDER BY week DESC, pack;",
            ("$pack", pack), ("$week", week));
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(new RunRecord(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), ParseRunState(reader.GetString(3)), At(reader.GetInt64(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), At(reader.GetInt64(7)), At(reader.GetInt64(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : At(reader.GetInt64(10))));
        }

        return runs;
    }

    /// <inheritdoc />
    public DeliveryRecord Ensure(DeliveryKey key, string kind, string messageId, DateTimeOffset now)
    {
        Execute(
            "INSERT INTO deliveries (pack, week, generation, address, kind, state, attempts, message_id, updated_at) " +
            "VALUES ($pack, $week, $generation, $address, $kind, 'pending', 0, $mid, $now) ON CONFLICT (pack, week, generation, address) DO NOTHING;",
            [.. KeyParameters(key), ("$kind", kind), ("$mid", messageId), ("$now", Ms(now))]);
        return Find(key)!;
    }

    /// <inheritdoc />
    public bool TryClaim(DeliveryKey key, string owner, DateTimeOffset now, TimeSpan lease) =>
        Execute(
            "UPDATE deliveries SET state = 'claimed', lease_owner = $owner, lease_until = $until, attempts = attempts + 1, updated_at = $now " +
            "WHERE pack = $pack AND week = $week AND generation = $generation AND address = $address " +
            "AND (state IN ('pending', 'failed') OR (state = 'claimed' AND lease_until < $now));",
            [.. KeyParameters(key), ("$owner", owner), ("$until", Ms(now + lease)), ("$now", Ms(now))]) == 1;

    /// <inheritdoc />
    public void ExpireLease(DeliveryKey key, string owner) =>
        Execute(
            "UPDATE deliveries SET lease_until = 0 WHERE pack = $pack AND week = $week AND generation = $generation AND address = $address AND lease_owner = $owner " +
            "AND state IN ('claimed', 'sending');",
            [.. KeyParameters(key), ("$owner", owner)]);

    /// <inheritdoc />
    public bool TryReclaimSending(DeliveryKey key, string owner, DateTimeOffset now, TimeSpan lease) =>
        Execute(
            "UPDATE deliveries SET state = 'claimed', lease_owner = $owner, lease_until = $until, attempts = attempts + 1, updated_at = $now " +
            "WHERE pack = $pack AND week = $week AND generation = $generation AND address = $address AND state = 'sending' AND lease_until < $now;",
            [.. KeyParameters(key), ("$owner", owner), ("$until", Ms(now + lease)), ("$now", Ms(now))]) == 1;

    /// <inheritdoc />
    public void MarkSending(DeliveryKey key, string owner, DateTimeOffset now) =>
        Execute(
            "UPDATE deliveries SET state = 'sending', updated_at = $now WHERE pack = $pack AND week = $week AND generation = $generation AND address = $address AND lease_owner = $owner;",
            [.. KeyParameters(key), ("$owner", owner), ("$now", Ms(now))]);

    /// <inheritdoc />
    public void MarkOutcome(DeliveryKey key, DeliveryState state, string? error, DateTimeOffset now) =>
        Execute(
            "UPDATE deliveries SET state = $state, error = $error, lease_owner = NULL, lease_until = NULL, updated_at = $now, " +
            "sent_at = CASE WHEN $state = 'sent' THEN $now ELSE sent_at END " +
            "WHERE pack = $pack AND week = $week AND generation = $generation AND address = $address;",
            [.. KeyParameters(key), ("$state", state.Word()), ("$error", error), ("$now", Ms(now))]);

    /// <inheritdoc />
    public DeliveryRecord? Find(DeliveryKey key) =>
        ReadDeliveries("pack = $pack AND week = $week AND generation = $generation AND address = $address", KeyParameters(key)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<DeliveryRecord> Deliveries(string pack, string week) =>
        ReadDeliveries("pack = $pack AND week = $week", [("$pack", pack), ("$week", week)]);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private List<DeliveryRecord> ReadDeliveries(string where, (string, object?)[] parameters)
    {
        using var command = Command(
            "SELECT pack, week, generation, address, kind, state, attempts, message_id, lease_owner, lease_until, error, updated_at, sent_at " +
            $"FROM deliveries WHERE {where} ORDER BY generation, address;",
            parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<DeliveryRecord>();
        while (reader.Read())
        {
            rows.Add(new DeliveryRecord(
                new DeliveryKey(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)),
                reader.GetString(4), DeliveryStates.Parse(reader.GetString(5)), reader.GetInt32(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : At(reader.GetInt64(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10), At(reader.GetInt64(11)), reader.IsDBNull(12) ? null : At(reader.GetInt64(12))));
        }

        return rows;
    }

    private static (string, object?)[] KeyParameters(DeliveryKey key) =>
        [("$pack", key.Pack), ("$week", key.Week), ("$generation", key.Generation), ("$address", key.Address)];

    private bool HasColumn(string table, string column)
    {
        using var command = Command($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $column;", ("$column", column));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static string RunStateWord(RunState state) => state switch
    {
        RunState.BuildFailed => "build-failed",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static RunState ParseRunState(string word) => word == "build-failed" ? RunState.BuildFailed : Enum.Parse<RunState>(word, ignoreCase: true);
}
