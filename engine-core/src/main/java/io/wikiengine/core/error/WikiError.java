package io.wikiengine.core.error;

/**
 * The Wiki.js error table, word for word: every code, slug and message a Wiki.js client can match on.
 *
 * <p>The messages keep the typos of the original ("occured", "before your can login", "cannot contains")
 * because clients compare them as strings. Codes are grouped by area: 1xxx authentication and users,
 * 2xxx assets, 3xxx mail, 4xxx search, 5xxx locales, 6xxx pages, 7xxx system, 8xxx comments.
 */
public enum WikiError {
    AUTH_GENERIC_ERROR(1001, "AuthGenericError", "An unexpected error occured during login."),
    AUTH_LOGIN_FAILED(1002, "AuthLoginFailed", "Invalid email / username or password."),
    AUTH_PROVIDER_INVALID(1003, "AuthProviderInvalid", "Invalid authentication provider."),
    AUTH_ACCOUNT_ALREADY_EXISTS(1004, "AuthAccountAlreadyExists", "An account already exists using this email address."),
    AUTH_TFA_FAILED(1005, "AuthTFAFailed", "Incorrect TFA Security Code."),
    AUTH_TFA_INVALID(1006, "AuthTFAInvalid", "Invalid TFA Security Code or Login Token."),
    BRUTE_INSTANCE_IS_INVALID(1007, "BruteInstanceIsInvalid", "Invalid Brute Force Instance."),
    BRUTE_TOO_MANY_ATTEMPTS(1008, "BruteTooManyAttempts", "Too many attempts! Try again later."),
    USER_CREATION_FAILED(1009, "UserCreationFailed", "An unexpected error occured during user creation."),
    AUTH_REGISTRATION_DISABLED(1010, "AuthRegistrationDisabled", "Registration is disabled. Contact your system administrator."),
    AUTH_REGISTRATION_DOMAIN_UNAUTHORIZED(1011, "AuthRegistrationDomainUnauthorized", "You are not authorized to register. Your domain is not whitelisted."),
    INPUT_INVALID(1012, "InputInvalid", "Input data is invalid."),
    AUTH_ACCOUNT_BANNED(1013, "AuthAccountBanned", "Your account has been disabled."),
    AUTH_ACCOUNT_NOT_VERIFIED(1014, "AuthAccountNotVerified", "You must verify your account before your can login."),
    AUTH_VALIDATION_TOKEN_INVALID(1015, "AuthValidationTokenInvalid", "Invalid validation token."),
    USER_NOT_FOUND(1016, "UserNotFound", "This user does not exist."),
    USER_DELETE_FOREIGN_CONSTRAINT(1017, "UserDeleteForeignConstraint", "Cannot delete user because of content relational constraints."),
    USER_DELETE_PROTECTED(1018, "UserDeleteProtected", "Cannot delete a protected system account."),
    AUTH_REQUIRED(1019, "AuthRequired", "You must be authenticated to access this resource."),
    AUTH_PASSWORD_INVALID(1020, "AuthPasswordInvalid", "Password is incorrect."),
    ASSET_GENERIC_ERROR(2001, "AssetGenericError", "An unexpected error occured during asset operation."),
    ASSET_FOLDER_EXISTS(2002, "AssetFolderExists", "An asset folder with the same name already exists."),
    ASSET_DELETE_FORBIDDEN(2003, "AssetDeleteForbidden", "You are not authorized to delete this asset."),
    ASSET_INVALID(2004, "AssetInvalid", "This asset does not exist or is invalid."),
    ASSET_RENAME_COLLISION(2005, "AssetRenameCollision", "An asset with the same filename in the same folder already exists."),
    ASSET_RENAME_FORBIDDEN(2006, "AssetRenameForbidden", "You are not authorized to rename this asset."),
    ASSET_RENAME_INVALID(2007, "AssetRenameInvalid", "The new asset filename is invalid."),
    ASSET_RENAME_INVALID_EXT(2008, "AssetRenameInvalidExt", "The file extension cannot be changed on an existing asset."),
    ASSET_RENAME_TARGET_FORBIDDEN(2009, "AssetRenameTargetForbidden", "You are not authorized to rename this asset to the requested name."),
    MAIL_GENERIC_ERROR(3001, "MailGenericError", "An unexpected error occured during mail operation."),
    MAIL_NOT_CONFIGURED(3002, "MailNotConfigured", "The mail configuration is incomplete or invalid."),
    MAIL_TEMPLATE_FAILED(3003, "MailTemplateFailed", "Mail template failed to load."),
    MAIL_INVALID_RECIPIENT(3004, "MailInvalidRecipient", "The recipient email address is invalid."),
    SEARCH_GENERIC_ERROR(4001, "SearchGenericError", "An unexpected error occured during search operation."),
    SEARCH_ACTIVATION_FAILED(4002, "SearchActivationFailed", "Search Engine activation failed."),
    LOCALE_GENERIC_ERROR(5001, "LocaleGenericError", "An unexpected error occured during locale operation."),
    LOCALE_INVALID_NAMESPACE(5002, "LocaleInvalidNamespace", "Invalid locale or namespace."),
    PAGE_GENERIC_ERROR(6001, "PageGenericError", "An unexpected error occured during a page operation."),
    PAGE_DUPLICATE_CREATE(6002, "PageDuplicateCreate", "Cannot create this page because an entry already exists at the same path."),
    PAGE_NOT_FOUND(6003, "PageNotFound", "This page does not exist."),
    PAGE_EMPTY_CONTENT(6004, "PageEmptyContent", "Page content cannot be empty."),
    PAGE_ILLEGAL_PATH(6005, "PageIllegalPath", "Page path cannot contains illegal characters."),
    PAGE_PATH_COLLISION(6006, "PagePathCollision", "Destination page path already exists."),
    PAGE_MOVE_FORBIDDEN(6007, "PageMoveForbidden", "You are not authorized to move this page."),
    PAGE_CREATE_FORBIDDEN(6008, "PageCreateForbidden", "You are not authorized to create this page."),
    PAGE_UPDATE_FORBIDDEN(6009, "PageUpdateForbidden", "You are not authorized to update this page."),
    PAGE_DELETE_FORBIDDEN(6010, "PageDeleteForbidden", "You are not authorized to delete this page."),
    PAGE_RESTORE_FORBIDDEN(6011, "PageRestoreForbidden", "You are not authorized to restore this page version."),
    PAGE_HISTORY_FORBIDDEN(6012, "PageHistoryForbidden", "You are not authorized to view the history of this page."),
    PAGE_VIEW_FORBIDDEN(6013, "PageViewForbidden", "You are not authorized to view this page."),
    SYSTEM_GENERIC_ERROR(7001, "SystemGenericError", "An unexpected error occured."),
    SYSTEM_SSL_DISABLED(7002, "SystemSSLDisabled", "SSL is not enabled."),
    SYSTEM_SSL_RENEW_INVALID_PROVIDER(7003, "SystemSSLRenewInvalidProvider", "Current provider does not support SSL certificate renewal."),
    SYSTEM_SSLLE_UNAVAILABLE(7004, "SystemSSLLEUnavailable", "Let's Encrypt is not initialized."),
    COMMENT_GENERIC_ERROR(8001, "CommentGenericError", "An unexpected error occured."),
    COMMENT_POST_FORBIDDEN(8002, "CommentPostForbidden", "You are not authorized to post a comment on this page."),
    COMMENT_CONTENT_MISSING(8003, "CommentContentMissing", "Comment content is missing or too short."),
    COMMENT_MANAGE_FORBIDDEN(8004, "CommentManageForbidden", "You are not authorized to manage comments on this page."),
    COMMENT_NOT_FOUND(8005, "CommentNotFound", "This comment does not exist."),
    COMMENT_VIEW_FORBIDDEN(8006, "CommentViewForbidden", "You are not authorized to view comments for this page.");

    private final int code;
    private final String slug;
    private final String message;

    WikiError(int code, String slug, String message) {
        this.code = code;
        this.slug = slug;
        this.message = message;
    }

    /** The numeric code, as sent in {@code responseResult.errorCode}. */
    public int code() {
        return code;
    }

    /** The error's name, as sent in {@code responseResult.slug}. */
    public String slug() {
        return slug;
    }

    /** The default message, as sent in {@code responseResult.message}. */
    public String message() {
        return message;
    }

    /**
     * The error with this code.
     *
     * @throws IllegalArgumentException if no error has it
     */
    public static WikiError ofCode(int code) {
        for (WikiError error : values()) {
            if (error.code == code) {
                return error;
            }
        }
        throw new IllegalArgumentException("No Wiki error has code " + code);
    }
}
