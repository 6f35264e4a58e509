/**
 * Courses: the self-paced Foundation and Exploration courses with their modules and lessons, enrolments,
 * progress and a member's private reflections, paced with trauma-informed care.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courses")
package app.temple.course;
