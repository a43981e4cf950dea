package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;

/**
 * The words complaints of one {@link DemoCategory} are put together from.
 *
 * @param issues what residents complain about
 * @param impacts what residents say it is doing to them
 * @param notResponsible aspects such complaints often raise that are someone else's responsibility
 *     (5.7)
 */
record Wording(List<Issue> issues, List<String> impacts, List<Definition.NotResponsible> notResponsible) {}
