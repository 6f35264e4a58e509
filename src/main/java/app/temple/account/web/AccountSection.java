package app.temple.account.web;

import app.temple.account.AccountLinks;

import java.util.List;

/** Another module's part of her account page, e.g. her courses and where she left off. */
public record AccountSection(String heading, List<AccountLinks.Link> links) {
}
