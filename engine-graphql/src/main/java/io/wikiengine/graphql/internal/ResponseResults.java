package io.wikiengine.graphql.internal;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code ResponseStatus} values of spec, and the success message of each operation (§12). */
public final class ResponseResults {

    /** The fallback message when an operation has none of its own. */
    public static final String DEFAULT_MESSAGE = "Operation succeeded.";

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("PageMutation.create", "Page created successfully."),
            Map.entry("PageMutation.update", "Page has been updated."),
            Map.entry("PageMutation.convert", "Page has been converted."),
            Map.entry("PageMutation.move", "Page has been moved."),
            Map.entry("PageMutation.delete", "Page has been deleted."),
            Map.entry("PageMutation.deleteTag", "Tag has been deleted."),
            Map.entry("PageMutation.updateTag", "Tag has been updated successfully."),
            Map.entry("PageMutation.flushCache", "Pages Cache has been flushed successfully."),
            Map.entry("PageMutation.migrateToLocale", "Migrated content to target locale successfully."),
            Map.entry("PageMutation.rebuildTree", "Page tree rebuilt successfully."),
            Map.entry("PageMutation.render", "Page rendered successfully."),
            Map.entry("PageMutation.restore", "Page version restored successfully."),
            Map.entry("PageMutation.purgeHistory", "Page history purged successfully."),
            Map.entry("UserMutation.create", "User created successfully"),
            Map.entry("UserMutation.delete", "User deleted successfully"),
            Map.entry("UserMutation.update", "User updated successfully"),
            Map.entry("UserMutation.verify", "User verified successfully"),
            Map.entry("UserMutation.activate", "User activated successfully"),
            Map.entry("UserMutation.deactivate", "User deactivated successfully"),
            Map.entry("UserMutation.enableTFA", "User 2FA enabled successfully"),
            Map.entry("UserMutation.disableTFA", "User 2FA disabled successfully"),
            Map.entry("UserMutation.updateProfile", "User profile updated successfully"),
            Map.entry("UserMutation.changePassword", "Password changed successfully"),
            Map.entry("GroupMutation.create", "Group created successfully."),
            Map.entry("GroupMutation.update", "Group has been updated."),
            Map.entry("GroupMutation.delete", "Group has been deleted."),
            Map.entry("GroupMutation.assignUser", "User has been assigned to group."),
            Map.entry("GroupMutation.unassignUser", "User has been unassigned from group."),
            Map.entry("AuthenticationMutation.createApiKey", "API Key created successfully"),
            Map.entry("AuthenticationMutation.revokeApiKey", "API Key revoked successfully"),
            Map.entry("AuthenticationMutation.setApiState", "API State changed successfully"),
            Map.entry("AuthenticationMutation.login", "Login success"),
            Map.entry("AuthenticationMutation.loginTFA", "TFA success"),
            Map.entry("AuthenticationMutation.loginChangePassword", "Password changed successfully"),
            Map.entry("AuthenticationMutation.forgotPassword", "Password reset request processed."),
            Map.entry("AuthenticationMutation.register", "Registration success"),
            Map.entry("AuthenticationMutation.updateStrategies", "Strategies updated successfully"),
            Map.entry("AuthenticationMutation.regenerateCertificates",
                    "Certificates have been regenerated successfully."),
            Map.entry("AuthenticationMutation.resetGuestUser", "Guest user has been reset successfully."),
            Map.entry("AssetMutation.createFolder", "Asset Folder has been created successfully."),
            Map.entry("AssetMutation.renameAsset", "Asset has been renamed successfully."),
            Map.entry("AssetMutation.deleteAsset", "Asset has been deleted successfully."),
            Map.entry("AssetMutation.flushTempUploads", "Temporary Uploads have been flushed successfully."),
            Map.entry("CommentMutation.create", "New comment posted successfully"),
            Map.entry("CommentMutation.update", "Comment updated successfully"),
            Map.entry("CommentMutation.delete", "Comment deleted successfully"),
            Map.entry("CommentMutation.updateProviders", "Comment Providers updated successfully"));

    private ResponseResults() {
    }

    /** The success message of the operation {@code Type.field}. */
    public static String messageOf(String coordinates) {
        return MESSAGES.getOrDefault(coordinates, DEFAULT_MESSAGE);
    }

    /** A success status with this message. */
    public static Map<String, @Nullable Object> success(String message) {
        Map<String, @Nullable Object> status = new LinkedHashMap<>();
        status.put("succeeded", true);
        status.put("errorCode", 0);
        status.put("slug", "ok");
        status.put("message", message);
        return status;
    }

    /** A failure status for this exception. */
    public static Map<String, @Nullable Object> failure(WikiException e) {
        Map<String, @Nullable Object> status = new LinkedHashMap<>();
        status.put("succeeded", false);
        status.put("errorCode", e.code());
        status.put("slug", e.slug());
        String message = e.getMessage();
        status.put("message", message == null || message.isEmpty() ? "An unexpected error occured." : message);
        return status;
    }

    /** The generic error of the namespace a type belongs to (decision 31), for failures that are no Wiki error. */
    public static WikiError genericErrorOf(String typeName) {
        if (typeName.startsWith("Page")) {
            return WikiError.PAGE_GENERIC_ERROR;
        }
        if (typeName.startsWith("Asset")) {
            return WikiError.ASSET_GENERIC_ERROR;
        }
        if (typeName.startsWith("Comment")) {
            return WikiError.COMMENT_GENERIC_ERROR;
        }
        if (typeName.startsWith("Authentication") || typeName.startsWith("User")) {
            return WikiError.AUTH_GENERIC_ERROR;
        }
        return WikiError.SYSTEM_GENERIC_ERROR;
    }
}
