/**
 * Sessions: practitioners and their weekly availability, bookings that never give a slot twice, reminders,
 * the waitlist and encrypted session notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package app.temple.booking;
