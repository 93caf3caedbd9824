namespace ReportAutomation.Delivery.Ledger;

/// <summary>The ledger's tables: portable SQL (SQLite and PostgreSQL both run it).</summary>
internal static class LedgerSchema
{
    /// <summary>Creates the tables when absent.</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS runs (
            pack TEXT NOT NULL,
            week TEXT NOT NULL,
            generation INTEGER NOT NULL,
            state TEXT NOT NULL,
            generated_at BIGINT NOT NULL,
            folder TEXT NULL,
            error TEXT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            lease_owner TEXT NULL,
            lease_until BIGINT NULL,
            PRIMARY KEY (pack, week));
        CREATE TABLE IF NOT EXISTS deliveries (
            pack TEXT NOT NULL,
            week TEXT NOT NULL,
            generation INTEGER NOT NULL,
            address TEXT NOT NULL,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            message_id TEXT NOT NULL,
            lease_owner TEXT NULL,
            lease_until BIGINT NULL,
            error TEXT NULL,
            updated_at BIGINT NOT NULL,
            sent_at BIGINT NULL,
            PRIMARY KEY (pack, week, generation, address));
        """;

    /// <summary>Adds the run lease to a ledger made before runs were claimed (SQLite has no ADD COLUMN IF NOT EXISTS).</summary>
    public const string AddRunLease = "ALTER TABLE runs ADD COLUMN lease_owner TEXT NULL; ALTER TABLE runs ADD COLUMN lease_until BIGINT NULL;";
}
