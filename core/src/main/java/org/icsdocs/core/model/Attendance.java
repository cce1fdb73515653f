package org.icsdocs.core.model;

@Doc("A person's attendance at a meeting.")
public record Attendance(
        @Required @Ref(RefKind.PERSON) String person,
        @Required AttendanceStatus status,
        @Doc("Capacity, e.g. deputising for the chief executive.") String capacity,
        Span at) {
}
