package org.putright.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every row of every application table (and the sequences' next values) as JSON that loads into
 * H2 and PostgreSQL alike: how an older schema's data is kept in the repository for the upgrade
 * test. Values are written as text by the column's type (bytes as Base64) and read back by the
 * target column's type, so the same file fills either engine.
 */
public final class TableData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SKIPPED = List.of("flyway_schema_history");

    private TableData() {}

    public static String capture(Connection connection) throws SQLException {
        ObjectNode tables = JsonNodeFactory.instance.objectNode();
        for (String table : tables(connection)) {
            var rows = tables.putArray(table);
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select * from " + table)) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    ObjectNode row = rows.addObject();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                        Object value = result.getObject(i);
                        if (value == null) {
                            row.putNull(column);
                        } else if (value instanceof byte[] bytes) {
                            row.put(column, Base64.getEncoder().encodeToString(bytes));
                        } else if (value instanceof java.sql.Clob) {
                            row.put(column, result.getString(i));
                        } else if (isTimestampWithZone(meta.getColumnTypeName(i))) {
                            row.put(
                                    column,
                                    result.getObject(i, OffsetDateTime.class).toString());
                        } else {
                            row.put(column, value.toString());
                        }
                    }
                }
            }
        }
        ObjectNode sequences = JsonNodeFactory.instance.objectNode();
        for (String sequence : sequences(connection)) {
            try (Statement statement = connection.createStatement();
                    ResultSet next = statement.executeQuery("select nextval('" + sequence + "')")) {
                next.next();
                sequences.put(sequence, next.getLong(1));
            }
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("tables", tables);
        data.set("sequences", sequences);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data);
    }

    /**
     * Replaces the contents of the tables named in {@code json} with its rows, in whatever order
     * the foreign keys allow, and sets the sequences.
     */
    public static void load(Connection connection, String json) throws SQLException {
        connection.setAutoCommit(true);
        JsonNode data = JSON.readTree(json);
        List<String> names = new ArrayList<>(data.get("tables").propertyNames());
        retryUntilDone(names.stream()
                .map(table -> (Work) () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("delete from " + table);
                    }
                })
                .toList());
        List<Work> inserts = new ArrayList<>();
        for (String table : names) {
            Map<String, String> types = columnTypes(connection, table);
            for (JsonNode row : data.get("tables").get(table)) {
                inserts.add(() -> insert(connection, table, types, row));
            }
        }
        retryUntilDone(inserts);
        for (Map.Entry<String, JsonNode> sequence : data.get("sequences").properties()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter sequence " + sequence.getKey() + " restart with "
                        + sequence.getValue().asLong());
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs each piece of work, putting back whatever a foreign key refused until nothing is left. */
    private static void retryUntilDone(List<Work> work) throws SQLException {
        List<Work> left = work;
        while (!left.isEmpty()) {
            List<Work> refused = new ArrayList<>();
            SQLException last = null;
            for (Work piece : left) {
                try {
                    piece.run();
                } catch (SQLException e) {
                    refused.add(piece);
                    last = e;
                }
            }
            if (refused.size() == left.size() && last != null) {
                throw last;
            }
            left = refused;
        }
    }

    private static void insert(Connection connection, String table, Map<String, String> types, JsonNode row)
            throws SQLException {
        List<String> columns = new ArrayList<>(row.propertyNames());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = row.get(columns.get(i));
                String type = types.get(columns.get(i));
                if (type == null) {
                    throw new SQLException(table + "." + columns.get(i) + " is not in the schema");
                }
                statement.setObject(i + 1, value.isNull() ? null : typed(type, value.asString()));
            }
            statement.executeUpdate();
        }
    }

    private static Object typed(String type, String text) {
        if (isTimestampWithZone(type)) {
            return OffsetDateTime.parse(text);
        }
        return switch (type) {
            case "uuid" -> UUID.fromString(text);
            case "bytea", "binary varying", "varbinary", "blob", "binary large object" ->
                Base64.getDecoder().decode(text);
            case "date" -> LocalDate.parse(text);
            case "timestamp", "timestamp without time zone" -> LocalDateTime.parse(text.replace(' ', 'T'));
            case "int4", "integer", "int", "serial" -> Integer.valueOf(text);
            case "int8", "bigint", "bigserial" -> Long.valueOf(text);
            case "int2", "smallint" -> Short.valueOf(text);
            case "numeric", "decimal" -> new BigDecimal(text);
            case "bool", "boolean" -> Boolean.valueOf(text);
            default -> text;
        };
    }

    private static boolean isTimestampWithZone(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.equals("timestamptz") || lower.equals("timestamp with time zone");
    }

    private static Map<String, String> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet empty = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(
                        meta.getColumnName(i).toLowerCase(Locale.ROOT),
                        meta.getColumnTypeName(i).toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String table = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private static List<String> sequences(Connection connection) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select sequence_name from information_schema.sequences where lower(sequence_schema) = lower(?)")) {
            statement.setString(1, connection.getSchema());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    sequences.add(result.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        sequences.sort(null);
        return sequences;
    }
}
