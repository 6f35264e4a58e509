package app.temple.booking.web;

import app.temple.booking.internal.DeskSettings;
import app.temple.booking.internal.PhotoProblem;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerPhotos;
import app.temple.booking.internal.Practitioners;
import app.temple.site.ConfirmStep;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Her profile at her desk: her photo, what she writes about herself in both languages, the languages she works in, and
 * the session types she offers (one form each, and one to add a type). A refused form answers 422 with her input and
 * the other forms as stored; a refused photo answers 400 (or 413 when too large) with what was wrong, and nothing was
 * written.
 */
@Controller
class PractitionerProfileController {

    private final PractitionerDeskContext context;
    private final Practitioners practitioners;
    private final DeskSettings settings;
    private final PractitionerPhotos photos;

    PractitionerProfileController(PractitionerDeskContext context, Practitioners practitioners, DeskSettings settings,
                                  PractitionerPhotos photos) {
        this.context = context;
        this.photos = photos;
        this.practitioners = practitioners;
        this.settings = settings;
    }

    @GetMapping(PractitionerDeskRoutes.PROFILE)
    ModelAndView profile(@RequestParam(required = false) String saved) {
        Practitioner me = context.me();
        return page(me, PractitionerProfileForm.of(me), Map.of(), null, Map.of(), saved != null, HttpStatus.OK);
    }

    /** A plain multipart form; what the file is comes from its bytes, never from its name or declared type. */
    @PostMapping(PractitionerDeskRoutes.PHOTO)
    ModelAndView savePhoto(HttpServletRequest request) throws IOException {
        Practitioner me = context.me();
        try (InputStream upload = photoFile(request)) {
            photos.store(me, upload);
        } catch (PhotoProblem problem) {
            ModelAndView page = page(me, PractitionerProfileForm.of(me), Map.of(), null, Map.of(), false,
                    HttpStatus.valueOf(problem.reason().status()));
            page.addObject("photoProblem", problem.reason().messageKey());
            return page;
        }
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.PROFILE + "?saved");
    }

    /** Asks before her photo is removed: her public page shows none until she uploads another. */
    @GetMapping(PractitionerDeskRoutes.PHOTO_REMOVE)
    ModelAndView confirmRemovePhoto() {
        context.me();
        return new ConfirmStep("desk.photo.remove.confirm.title", "desk.photo.remove.confirm.text", List.of(),
                PractitionerDeskRoutes.PHOTO_REMOVE, Map.of(), "desk.photo.remove.confirm.button",
                PractitionerDeskRoutes.PROFILE).page();
    }

    @PostMapping(PractitionerDeskRoutes.PHOTO_REMOVE)
    ModelAndView removePhoto() throws IOException {
        photos.remove(context.me());
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.PROFILE + "?saved");
    }

    /** The uploaded file's bytes; a request that is not multipart, or has no file in it, sent none. */
    private static InputStream photoFile(HttpServletRequest request) throws IOException, PhotoProblem {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("photo");
        // a form sent without a file chosen carries an empty part with an empty name
        if (file == null || (file.isEmpty() && "".equals(file.getOriginalFilename()))) {
            throw new PhotoProblem(PhotoProblem.Reason.NO_FILE);
        }
        return file.getInputStream();
    }

    @PostMapping(PractitionerDeskRoutes.PROFILE)
    ModelAndView save(@RequestParam(defaultValue = "") String bioEn, @RequestParam(defaultValue = "") String bioSv,
                      @RequestParam(defaultValue = "") String approachEn, @RequestParam(defaultValue = "") String approachSv,
                      @RequestParam(defaultValue = "") String credentialsEn,
                      @RequestParam(defaultValue = "") String credentialsSv,
                      @RequestParam(defaultValue = "") String languages) {
        Practitioner me = context.me();
        PractitionerProfileForm form = new PractitionerProfileForm(bioEn, bioSv, approachEn, approachSv, credentialsEn,
                credentialsSv, languages);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(me, form, problems, null, Map.of(), false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        settings.saveProfile(me.id(), form.profile(), form.languageCodes());
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.PROFILE + "?saved");
    }

    @PostMapping(PractitionerDeskRoutes.SESSION_TYPES)
    ModelAndView saveType(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String nameEn,
                          @RequestParam(defaultValue = "") String nameSv, @RequestParam(defaultValue = "") String minutes,
                          @RequestParam(defaultValue = "") String price, @RequestParam(defaultValue = "") String currency,
                          @RequestParam(defaultValue = "") String window, @RequestParam(defaultValue = "") String offered) {
        Practitioner me = context.me();
        PractitionerSessionTypeForm form = new PractitionerSessionTypeForm(type, nameEn, nameSv, minutes, price, currency,
                window, offered);
        UUID id = form.isNew() ? null : typeId(me, type);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(me, PractitionerProfileForm.of(me), Map.of(), form, problems, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (id == null) {
            settings.addSessionType(me.id(), form.name(), form.lengthMinutes(), form.priceValue(), form.windowHours());
        } else {
            settings.saveSessionType(me.id(), id, form.name(), form.lengthMinutes(), form.priceValue(), form.windowHours(),
                    form.isOffered());
        }
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.PROFILE + "?saved");
    }

    /** One of the types she offers; another's, or no type, is a 404. */
    private UUID typeId(Practitioner me, String type) {
        return practitioners.sessionTypes(me.id()).stream().filter(t -> t.id().toString().equals(type)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).id();
    }

    /** The page with every form; {@code refusedType}, when given, replaces the stored one with the same id. */
    private ModelAndView page(Practitioner me, PractitionerProfileForm profile, Map<String, String> problems,
                              PractitionerSessionTypeForm refusedType, Map<String, String> typeProblems, boolean saved,
                              HttpStatus status) {
        List<PractitionerSessionTypeForm> types = new ArrayList<>(practitioners.sessionTypes(me.id()).stream()
                .map(PractitionerSessionTypeForm::of).toList());
        types.add(PractitionerSessionTypeForm.blank());
        if (refusedType != null) {
            types.replaceAll(form -> form.type().equals(refusedType.type()) ? refusedType : form);
        }
        ModelAndView page = new ModelAndView("booking/practitioner-profile", status);
        page.addObject("name", me.name());
        page.addObject("form", profile);
        page.addObject("problems", problems);
        page.addObject("types", types);
        page.addObject("refusedType", refusedType == null ? "" : refusedType.type());
        page.addObject("typeProblems", typeProblems);
        page.addObject("saved", saved);
        page.addObject("photoLimit", photos.limit());
        page.addObject("photo", photos.of(me).map(photo -> PractitionerView.photoPath(me.slug(), photo)).orElse(null));
        return page;
    }
}
