package org.icsdocs.core.model;

/** How a question from the public was answered. */
public enum AnswerRoute implements Labelled {
    AT_MEETING, IN_WRITING;
}
