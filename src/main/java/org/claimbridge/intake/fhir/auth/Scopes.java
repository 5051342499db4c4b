package org.claimbridge.intake.fhir.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMART system scopes that allow a create: system/Type.write, system/Type.*, or a SMART v2 scope with the c
 * (create) permission such as system/Type.c or system/Type.cruds, where Type may be *.
 */
final class Scopes {

    private static final Pattern SYSTEM_SCOPE = Pattern.compile("system/([A-Za-z]+|\\*)\\.([a-z*]+)");

    private Scopes() {
    }

    /** Returns whether a space-separated scope list allows creating the type; "*" needs a wildcard scope. */
    static boolean allowsCreate(String scopes, String type) {
        if (scopes == null) {
            return false;
        }
        for (String scope : scopes.trim().split("\\s+")) {
            Matcher matcher = SYSTEM_SCOPE.matcher(scope);
            if (!matcher.matches()) {
                continue;
            }
            String resource = matcher.group(1);
            String permission = matcher.group(2);
            boolean typeMatches = resource.equals("*") || resource.equals(type);
            boolean create = permission.equals("write") || permission.equals("*")
                    || (permission.matches("c?r?u?d?s?") && permission.startsWith("c"));
            if (typeMatches && create) {
                return true;
            }
        }
        return false;
    }

    /** Returns the requested scopes that the granted ones allow, or the granted ones when none were requested. */
    static String narrow(String requested, String granted) {
        if (requested == null || requested.isBlank()) {
            return granted;
        }
        StringBuilder kept = new StringBuilder();
        for (String scope : requested.trim().split("\\s+")) {
            if ((" " + granted + " ").contains(" " + scope + " ")) {
                kept.append(kept.length() == 0 ? "" : " ").append(scope);
            }
        }
        return kept.toString();
    }
}
