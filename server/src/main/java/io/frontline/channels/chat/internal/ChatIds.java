package io.frontline.channels.chat.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws ids from the chat sequences on H2 and PostgreSQL alike (their syntax differs). The sequences step by 50 for
 * Hibernate's pooled ids elsewhere; rows written here simply take each step's first value.
 */
@Component
public class ChatIds {

    private final JdbcClient jdbc;
    private final boolean postgres;

    ChatIds(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        }
    }

    public long next(String sequence) {
        if (!sequence.matches("chat_[a-z_]+_seq")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        return jdbc.sql(sql).query(Long.class).single();
    }
}
