package org.putright.demo;

import org.putright.complaint.RemedyType;

/**
 * One thing a resident complains about, in the words of everyone who deals with it. Its texts may
 * leave details open for the complaint's {@link Placeholders} to fill in.
 *
 * @param voice what the resident says
 * @param point the landlord's understanding of it, for the complaint definition
 * @param outcome the outcome the resident seeks
 * @param upheld the reasons when the landlord finds it got this wrong
 * @param notUpheld the reasons when it finds it did not
 * @param action what is still to be done when the point is upheld
 * @param remedy the kind of remedy that puts this point right, besides an apology and money
 * @param remedyText what that remedy is
 */
record Issue(
        String voice,
        String point,
        String outcome,
        String upheld,
        String notUpheld,
        String action,
        RemedyType remedy,
        String remedyText) {}
