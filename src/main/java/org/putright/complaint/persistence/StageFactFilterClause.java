package org.putright.complaint.persistence;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import org.putright.complaint.StageFactFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A filter as a where clause on the day column of its basis, with its parameters: every query over
 * the stage facts selects a range of one indexed day, whichever figure it counts.
 */
record StageFactFilterClause(String day, String sql, Map<String, Object> parameters) {

    static StageFactFilterClause of(StageFactFilter filter) {
        return of(filter, "");
    }

    /**
     * The clause with {@code suffix} on each parameter's name, so that several filters' clauses can
     * be bound in one statement.
     */
    static StageFactFilterClause of(StageFactFilter filter, String suffix) {
        String day =
                switch (filter.basis()) {
                    case STARTED -> "started_on";
                    case ACKNOWLEDGED -> "acknowledged_on";
                    case RESPONDED -> "responded_on";
                    case REFUSED -> "refused_on";
                    case WITHDRAWN -> "withdrawn_on";
                    case CLOSED -> "closed_on";
                };
        StringBuilder sql = new StringBuilder(" where " + day + " between :from" + suffix + " and :to" + suffix);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from" + suffix, Date.valueOf(filter.from()));
        parameters.put("to" + suffix, Date.valueOf(filter.to()));
        if (filter.stage() != null) {
            sql.append(" and stage = :stage" + suffix);
            parameters.put("stage" + suffix, filter.stage());
        }
        if (filter.refused() != null) {
            sql.append(filter.refused() ? " and refused_on is not null" : " and refused_on is null");
        }
        if (filter.withinTimescale() != null) {
            sql.append(" and within_timescale = :withinTimescale" + suffix);
            parameters.put("withinTimescale" + suffix, filter.withinTimescale());
        }
        if (filter.category() != null) {
            sql.append(" and category = :category" + suffix);
            parameters.put("category" + suffix, filter.category());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = :channel" + suffix);
            parameters.put("channel" + suffix, filter.channel().name());
        }
        return new StageFactFilterClause(day, sql.toString(), parameters);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = statement;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            bound = bound.param(parameter.getKey(), parameter.getValue());
        }
        return bound;
    }
}
