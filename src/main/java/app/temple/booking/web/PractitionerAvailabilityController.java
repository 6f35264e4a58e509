package app.temple.booking.web;

import app.temple.booking.internal.DeskSettings;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Her availability at her desk: weekly hours per weekday in her zone (several stretches a day), date overrides, the
 * buffers, notice, horizon and slot step, and her zone. A wrong field answers 422 with every field as she typed it;
 * a saved form is what the members' slot pages read from the next request on.
 */
@Controller
class PractitionerAvailabilityController {

    private final PractitionerDeskContext context;
    private final Practitioners practitioners;
    private final DeskSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    PractitionerAvailabilityController(PractitionerDeskContext context, Practitioners practitioners, DeskSettings settings,
                                       MessageSource messages, Clock clock) {
        this.messages = messages;
        this.context = context;
        this.practitioners = practitioners;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(PractitionerDeskRoutes.AVAILABILITY)
    ModelAndView hours(@RequestParam(required = false) String saved, Locale locale) {
        Practitioner me = context.me();
        PractitionerHoursForm form = PractitionerHoursForm.of(practitioners.availability(me, LocalDate.now(clock.withZone(me.zone()))),
                messages.getMessage("desk.hours.off", null, locale));
        return page(form, Map.of(), saved != null, HttpStatus.OK);
    }

    @PostMapping(PractitionerDeskRoutes.AVAILABILITY)
    ModelAndView save(@RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String day1,
                      @RequestParam(defaultValue = "") String day2, @RequestParam(defaultValue = "") String day3,
                      @RequestParam(defaultValue = "") String day4, @RequestParam(defaultValue = "") String day5,
                      @RequestParam(defaultValue = "") String day6, @RequestParam(defaultValue = "") String day7,
                      @RequestParam(defaultValue = "") String overrides, @RequestParam(defaultValue = "") String bufferBefore,
                      @RequestParam(defaultValue = "") String bufferAfter, @RequestParam(defaultValue = "") String notice,
                      @RequestParam(defaultValue = "") String horizon, @RequestParam(defaultValue = "") String step) {
        Practitioner me = context.me();
        PractitionerHoursForm form = new PractitionerHoursForm(zone, List.of(day1, day2, day3, day4, day5, day6, day7),
                overrides, bufferBefore, bufferAfter, notice, horizon, step);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(form, problems, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        settings.saveAvailability(me.id(), form.zoneId(), form.rules(), form.weekly(), form.overridesByDay());
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.AVAILABILITY + "?saved");
    }

    private ModelAndView page(PractitionerHoursForm form, Map<String, String> problems, boolean saved, HttpStatus status) {
        ModelAndView page = new ModelAndView("booking/practitioner-availability", status);
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("saved", saved);
        page.addObject("zones", MemberZones.choices(MemberZones.parse(form.zone()).orElse(MemberZones.DEFAULT)));
        page.addObject("weekdays", List.of(DayOfWeek.values()));
        return page;
    }
}
