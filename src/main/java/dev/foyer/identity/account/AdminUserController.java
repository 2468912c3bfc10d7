package dev.foyer.identity.account;

import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.api.ProblemType;
import dev.foyer.identity.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage users; support looks them up. */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserController {

    private final AdminUserService admin;

    AdminUserController(AdminUserService admin) {
        this.admin = admin;
    }

    record RoleChange(@NotBlank String role) {
    }

    record PermissionChange(@NotBlank String permission) {
    }

    @GetMapping
    Page<UserView> search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) Integer offset) {
        requireSupport();
        return admin.search(q, PageRequest.of(limit, offset));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable UUID id) {
        requireSupport();
        return admin.get(id);
    }

    @PatchMapping("/{id}")
    UserView update(@PathVariable UUID id, @Valid @RequestBody MeController.ProfilePatch patch) {
        requireAdmin();
        if (patch.role() != null || patch.permission() != null) {
            throw ApiException.invalid(patch.role() != null ? "role" : "permission",
                    "has its own endpoint: PUT /api/admin/users/{id}/role or /permission");
        }
        return admin.updateProfile(id, patch.toChange());
    }

    @PutMapping("/{id}/role")
    UserView role(@PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        requireAdmin();
        return admin.setRole(id, change.role());
    }

    @PutMapping("/{id}/permission")
    UserView permission(@PathVariable UUID id, @Valid @RequestBody PermissionChange change) {
        requireAdmin();
        return admin.setPermission(id, change.permission());
    }

    @PostMapping("/{id}/disable")
    UserView disable(@PathVariable UUID id) {
        requireAdmin();
        return admin.setDisabled(id, true);
    }

    @PostMapping("/{id}/enable")
    UserView enable(@PathVariable UUID id) {
        requireAdmin();
        return admin.setDisabled(id, false);
    }

    private static void requireSupport() {
        if (!CurrentUser.require().isSupport()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only support and admins look users up");
        }
    }

    private static void requireAdmin() {
        if (!CurrentUser.require().isAdmin()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only admins change users");
        }
    }
}
