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
        String day =
                switch (filter.basis()) {
                    case STARTED -> "started_on";
                    case ACKNOWLEDGED -> "acknowledged_on";
                    case RESPONDED -> "responded_on";
                    case REFUSED -> "refused_on";
                    case WITHDRAWN -> "withdrawn_on";
                    case CLOSED -> "closed_on";
                };
        StringBuilder sql = new StringBuilder(" where " + day + " between :from and :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Date.valueOf(filter.from()));
        parameters.put("to", Date.valueOf(filter.to()));
        if (filter.stage() != null) {
            sql.append(" and stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.refused() != null) {
            sql.append(filter.refused() ? " and refused_on is not null" : " and refused_on is null");
        }
        if (filter.withinTimescale() != null) {
            sql.append(" and within_timescale = :withinTimescale");
            parameters.put("withinTimescale", filter.withinTimescale());
        }
        if (filter.category() != null) {
            sql.append(" and category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = :channel");
            parameters.put("channel", filter.channel().name());
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
