/**
 * Learning from complaints: the lessons learned and the service improvements they lead to, each
 * linked to the complaints it came from and to a category, with an owner, a status and the date the
 * improvement was made (Code 9.1-9.3; 8.1d asks for them in the annual report). Completed
 * improvements are listed for residents as "you said, we did", without personal data.
 * {@link org.putright.learning.Lessons} is the module's service; the self-assessment evidences 9.1
 * from it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Learning from complaints")
package org.putright.learning;

import org.jspecify.annotations.NullMarked;
