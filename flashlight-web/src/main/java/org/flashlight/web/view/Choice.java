package org.flashlight.web.view;

/** One option of a switch on a page (a framework, a year, a measure): its label, its stable URL, whether it is current. */
public record Choice(String label, String url, boolean selected) {
}
