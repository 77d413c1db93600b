package org.flashlight.synth;

/**
 * A course of the synthetic state's catalog, with its text pre-rendered for the CSV writer.
 * Immutable.
 */
final class Course {
    enum Kind { REGULAR, HONORS, AP, IB }

    private final String id;
    private final String name;
    private final String subjectArea;
    private final int achievement;
    private final boolean agApproved;
    private final Kind kind;
    private final String examCode;
    final byte[] idBytes;
    final byte[] nameBytes;
    final byte[] subjectAreaBytes;
    final byte[] examBytes;

    /**
     * @param id          course_id
     * @param name        course_name (plain ASCII without commas or quotes)
     * @param subjectArea the contract's subject_area code
     * @param achievement which theta drives the marks: 0 ela, 1 math, 2 science, -1 the mean of the three
     * @param agApproved  counts toward California's A-G requirements
     * @param kind        regular, honors, AP or IB
     * @param examCode    the AP or IB exam subject code (empty for other courses)
     */
    Course(String id, String name, String subjectArea, int achievement, boolean agApproved, Kind kind, String examCode) {
        if (name.contains(",") || name.contains("\"")) {
            throw new IllegalArgumentException("course names are written unquoted: " + name);
        }
        this.id = id;
        this.name = name;
        this.subjectArea = subjectArea;
        this.achievement = achievement;
        this.agApproved = agApproved;
        this.kind = kind;
        this.examCode = examCode;
        this.idBytes = Codes.ascii(id);
        this.nameBytes = Codes.ascii(name);
        this.subjectAreaBytes = Codes.ascii(subjectArea);
        this.examBytes = Codes.ascii(examCode);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String subjectArea() {
        return subjectArea;
    }

    int achievement() {
        return achievement;
    }

    boolean agApproved() {
        return agApproved;
    }

    Kind kind() {
        return kind;
    }

    String examCode() {
        return examCode;
    }

    /** AP and IB courses are the contract's {@code advanced} courses; honors courses are not. */
    boolean advanced() {
        return kind == Kind.AP || kind == Kind.IB;
    }

    /** AP and IB marks of C or better carry a point more (weighted GPA, up to 5.0). */
    boolean weighted() {
        return advanced();
    }

    boolean physicalEducation() {
        return subjectArea.equals("pe");
    }
}
