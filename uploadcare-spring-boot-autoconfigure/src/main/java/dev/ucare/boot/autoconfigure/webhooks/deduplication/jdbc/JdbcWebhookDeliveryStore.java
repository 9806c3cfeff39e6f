package dev.ucare.boot.autoconfigure.webhooks.deduplication.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.ucare.boot.autoconfigure.webhooks.UploadcareWebhookProperties.SchemaInitialization;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.ClaimTokens;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.DeliveryClaim;
import dev.ucare.boot.autoconfigure.webhooks.deduplication.WebhookDeliveryStore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;

/**
 * A {@link WebhookDeliveryStore} in a table of the application's database, through its
 * {@link JdbcTemplate}; shared by every instance using the database. Claims are atomic
 * thanks to the table's primary key: a claim is an insert-if-absent ({@code ON CONFLICT
 * DO NOTHING} on PostgreSQL, an insert that may fail with a duplicate key elsewhere), and
 * taking over an expired entry is an update conditional on the previous claim's token.
 * Each statement runs in its own transaction (outside any transaction of the caller).
 * <p>
 * The table ({@code uploadcare_webhook_deliveries} by default) comes from the
 * application's migrations, or is created on start-up or, when the database is
 * unreachable then, on first use: DDL for PostgreSQL and H2 is shipped as
 * {@code schema-postgresql.sql} and {@code schema-h2.sql} in this package; other
 * databases need an equivalent table. Times are epoch milliseconds from the instances'
 * clocks, which should be synchronised (clock skew shortens or lengthens leases).
 */
public final class JdbcWebhookDeliveryStore implements WebhookDeliveryStore {

	/** The default table name, as in the shipped DDL. */
	public static final String DEFAULT_TABLE_NAME = "uploadcare_webhook_deliveries";

	private static final Log logger = LogFactory.getLog(JdbcWebhookDeliveryStore.class);

	private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

	private static final List<String> EMBEDDED = List.of("H2", "HSQL Database Engine", "Apache Derby");

	private final JdbcTemplate jdbc;

	private final String table;

	private final Clock clock;

	private final SchemaInitialization schemaCreation;

	private final ClaimTokens tokens = new ClaimTokens();

	private volatile @Nullable Boolean postgres;

	private volatile boolean schemaReady;

	private final String insertSql;

	private final String insertIfAbsentSql;

	private final String selectSql;

	private final String takeOverSql;

	private final String completeSql;

	private final String completeExpiredSql;

	private final String releaseSql;

	private final String purgeSql;

	private final String checkSql;

	/**
	 * @param jdbc the application's {@link JdbcTemplate}
	 * @param tableName the table (letters, digits, underscores, optionally with a schema)
	 * @param clock time source of leases and expiry
	 * @param schemaCreation whether this store creates its table
	 */
	public JdbcWebhookDeliveryStore(JdbcTemplate jdbc, String tableName, Clock clock,
			SchemaInitialization schemaCreation) {
		if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
			throw new IllegalArgumentException("Invalid table name for the webhook de-duplication store: '" + tableName
					+ "' (letters, digits and underscores, optionally 'schema.table')");
		}
		this.jdbc = jdbc;
		this.table = tableName;
		this.clock = clock;
		this.schemaCreation = schemaCreation;
		this.schemaReady = schemaCreation == SchemaInitialization.NEVER;
		this.insertSql = "INSERT INTO " + table
				+ " (delivery_key, claim_token, completed, expires_at) VALUES (?, ?, ?, ?)";
		this.insertIfAbsentSql = insertSql + " ON CONFLICT (delivery_key) DO NOTHING";
		this.selectSql = "SELECT claim_token, completed, expires_at FROM " + table + " WHERE delivery_key = ?";
		this.takeOverSql = "UPDATE " + table + " SET claim_token = ?, completed = ?, expires_at = ?"
				+ " WHERE delivery_key = ? AND claim_token = ? AND completed = ? AND expires_at <= ?";
		this.completeSql = "UPDATE " + table + " SET completed = ?, expires_at = ?"
				+ " WHERE delivery_key = ? AND claim_token = ? AND completed = ?";
		this.completeExpiredSql = "UPDATE " + table + " SET claim_token = ?, completed = ?, expires_at = ?"
				+ " WHERE delivery_key = ? AND expires_at <= ?";
		this.releaseSql = "DELETE FROM " + table + " WHERE delivery_key = ? AND claim_token = ? AND completed = ?";
		this.purgeSql = "DELETE FROM " + table + " WHERE expires_at <= ?";
		this.checkSql = "SELECT COUNT(*) FROM " + table + " WHERE delivery_key = ''";
	}

	@Override
	public String name() {
		return "jdbc";
	}

	/** The table holding the deliveries. */
	public String tableName() {
		return table;
	}

	@Override
	public DeliveryClaim claim(String key, Duration lease) {
		ensureSchema();
		String token = tokens.next();
		for (int attempt = 0; attempt < 5; attempt++) {
			long now = clock.millis();
			long until = now + lease.toMillis();
			if (insertIfAbsent(key, token, false, until)) {
				return DeliveryClaim.claimed(key, token);
			}
			Row row = select(key);
			if (row == null) {
				continue; // purged or released in between: insert again
			}
			if (row.expiresAt() > now) {
				return row.completed() ? DeliveryClaim.completed(key) : DeliveryClaim.inProgress(key);
			}
			if (jdbc.update(takeOverSql, token, false, until, key, row.token(), row.completed(), now) == 1) {
				return row.completed() ? DeliveryClaim.claimed(key, token) : DeliveryClaim.takenOver(key, token);
			}
			// another instance changed the row in between: look again
		}
		return DeliveryClaim.inProgress(key);
	}

	@Override
	public boolean complete(DeliveryClaim claim, Duration retention) {
		String token = claim.token();
		Assert.isTrue(token != null, "Only a granted claim can be completed");
		long now = clock.millis();
		long until = now + retention.toMillis();
		if (jdbc.update(completeSql, true, until, claim.key(), token, false) == 1) {
			return true;
		}
		// the lease expired: remember the delivery as handled unless another claim is
		// running
		if (jdbc.update(completeExpiredSql, token, true, until, claim.key(), now) == 0) {
			insertIfAbsent(claim.key(), token, true, until);
		}
		return false;
	}

	@Override
	public void release(DeliveryClaim claim) {
		jdbc.update(releaseSql, claim.key(), claim.token(), false);
	}

	@Override
	public int purgeExpired() {
		if (!schemaReady) {
			return 0;
		}
		return jdbc.update(purgeSql, clock.millis());
	}

	@Override
	public void check() {
		ensureSchema();
		jdbc.queryForObject(checkSql, Integer.class);
	}

	/**
	 * Creates the table if this store creates it and it was not created yet; a failure
	 * (e.g. the database is unreachable) is logged and tried again on the next call.
	 * @return whether the table is known to exist (or is not this store's to create)
	 */
	public boolean initializeSchema() {
		try {
			ensureSchema();
			return true;
		}
		catch (DataAccessException | IllegalStateException ex) {
			logger.warn("Could not prepare the webhook de-duplication table '" + table + "' ("
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage()
					+ "); trying again when the first delivery arrives");
			return false;
		}
	}

	private void ensureSchema() {
		if (schemaReady) {
			return;
		}
		synchronized (this) {
			if (schemaReady) {
				return;
			}
			String product = databaseProduct();
			boolean create = schemaCreation == SchemaInitialization.ALWAYS
					|| (schemaCreation == SchemaInitialization.EMBEDDED && EMBEDDED.contains(product));
			if (create) {
				for (String statement : ddl(product)) {
					jdbc.execute(statement);
				}
				logger.debug("Webhook de-duplication table '" + table + "' is ready");
			}
			schemaReady = true;
		}
	}

	private String databaseProduct() {
		String product = jdbc.execute((java.sql.Connection connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			return metaData.getDatabaseProductName();
		});
		String name = (product != null) ? product : "";
		this.postgres = "PostgreSQL".equals(name);
		return name;
	}

	/** The statements of the shipped DDL for {@code product}, for this table name. */
	List<String> ddl(String product) {
		String file = "PostgreSQL".equals(product) ? "schema-postgresql.sql" : "schema-h2.sql";
		try (InputStream in = JdbcWebhookDeliveryStore.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("DDL '" + file + "' is missing from the class path");
			}
			String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
			String simpleName = table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			script = script.replace(DEFAULT_TABLE_NAME + "_expires_at", simpleName + "_expires_at")
				.replace(DEFAULT_TABLE_NAME, table.toLowerCase(Locale.ROOT));
			return java.util.Arrays.stream(script.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read DDL '" + file + "'", ex);
		}
	}

	private boolean insertIfAbsent(String key, String token, boolean completed, long until) {
		if (postgres == null) {
			databaseProduct();
		}
		if (Boolean.TRUE.equals(postgres)) {
			return jdbc.update(insertIfAbsentSql, key, token, completed, until) == 1;
		}
		try {
			return jdbc.update(insertSql, key, token, completed, until) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private @Nullable Row select(String key) {
		List<Row> rows = jdbc.query(selectSql, (rs, i) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getLong(3)),
				key);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private record Row(@Nullable String token, boolean completed, long expiresAt) {
	}

}
