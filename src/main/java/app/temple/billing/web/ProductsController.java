package app.temple.billing.web;

import app.temple.billing.internal.Products;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Admins put products on sale (one course, every course as a membership, a practitioner's session type, a series of
 * them) with a price in each currency they sell in, and take them off sale again. A product is never deleted: the
 * purchases of it keep pointing at it.
 */
@Controller
class ProductsController {

    static final String PATH = "/admin/products";

    private final Products products;
    private final List<String> courses;

    ProductsController(Products products, @Value("${temple.billing.courses:foundation,exploration}") String courses) {
        this.products = products;
        this.courses = Arrays.stream(courses.split(",")).map(String::strip).filter(slug -> !slug.isEmpty()).toList();
    }

    @GetMapping(PATH)
    ModelAndView list(@RequestParam(required = false) String created, @RequestParam(required = false) String changed) {
        String notice = created != null ? "billing.product.created" : changed != null ? "billing.product.changed" : null;
        return page(ProductForm.empty(), Map.of(), notice, HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView create(@ModelAttribute ProductForm form) {
        Map<String, String> problems = form.problems(courses);
        if (!problems.isEmpty()) {
            return page(form, problems, null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        products.create(form.product());
        return new ModelAndView("redirect:" + PATH + "?created");
    }

    /** Takes a product off sale ({@code active=no}) or puts it back ({@code active=yes}); an unknown one is not found. */
    @PostMapping(PATH + "/active")
    ModelAndView active(@RequestParam(defaultValue = "") String product, @RequestParam(defaultValue = "") String active) {
        UUID id = Ids.parse(product);
        if (id == null || !(active.equals("yes") || active.equals("no")) || !products.setActive(id, active.equals("yes"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("redirect:" + PATH + "?changed");
    }

    private ModelAndView page(ProductForm form, Map<String, String> problems, String notice, HttpStatus status) {
        ModelAndView page = new ModelAndView("billing/products", status);
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("notice", notice);
        page.addObject("courses", courses);
        page.addObject("currencies", Products.CURRENCIES);
        page.addObject("products", products.all());
        return page;
    }
}
