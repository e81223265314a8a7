package org.cokit.scoring;

import java.util.Map;

/** Answers to score: question id to answer ({@code "yes"}, {@code "3"}, an option id, a list of them, {@code "n/a"}). */
public record EvaluateRequest(Map<String, Object> answers) {
}
