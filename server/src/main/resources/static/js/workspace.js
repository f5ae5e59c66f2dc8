// The workspace's only script: CSRF for htmx, live updates over SSE, presence heartbeats, keyboard shortcuts,
// and the small bits of form behaviour (bulk selection, composer mode).
(function () {
    "use strict";

    const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
    const csrfToken = meta("csrf-token");
    const csrfHeader = meta("csrf-header");

    document.addEventListener("htmx:configRequest", (event) => {
        if (csrfToken && csrfHeader) {
            event.detail.headers[csrfHeader] = csrfToken;
        }
    });

    const post = (url, data) => {
        const headers = { "Content-Type": "application/x-www-form-urlencoded" };
        if (csrfToken && csrfHeader) {
            headers[csrfHeader] = csrfToken;
        }
        return fetch(url, { method: "POST", headers, body: new URLSearchParams(data), credentials: "same-origin" });
    };

    const refresh = (element) => {
        if (element && window.htmx) {
            window.htmx.trigger(element, "refresh");
        }
    };

    const ticketPage = document.querySelector("[data-ticket]");
    const ticketId = ticketPage ? Number(ticketPage.dataset.ticketId) : null;

    // A form the agent is editing is never replaced under their hands.
    const isEditing = (element) => element && (element.contains(document.activeElement) || element.dataset.dirty === "true");

    // --- live updates -------------------------------------------------------------------------------------------
    let pendingListRefresh = null;
    const scheduleListRefresh = () => {
        if (pendingListRefresh) {
            return;
        }
        pendingListRefresh = setTimeout(() => {
            pendingListRefresh = null;
            refresh(document.getElementById("nav"));
            const rows = document.querySelector("[data-live-list]");
            if (rows && !rows.querySelector("input[name=ids]:checked")) {
                refresh(rows);
            }
        }, 400);
    };

    const onTicketEvent = (data) => {
        scheduleListRefresh();
        if (ticketId === null || data.ticketId !== ticketId) {
            return;
        }
        document.body.dataset.liveTicketEvents = String(Number(document.body.dataset.liveTicketEvents || 0) + 1);
        refresh(document.querySelector("[data-live-conversation]"));
        const sidebar = document.getElementById("sidebar");
        const props = sidebar?.querySelector("[data-props]");
        if (!isEditing(props)) {
            refresh(sidebar);
        } else {
            const banner = document.querySelector("[data-live-banner]");
            if (banner) {
                banner.textContent = banner.dataset.text;
                banner.hidden = false;
            }
        }
        if (data.kind === "changed" || data.kind === "merged") {
            document.querySelectorAll("input[name=version]").forEach((input) => input.dataset.stale = "true");
        }
    };

    // The bell counts the agent's unread notifications; the server tells only this agent when it changed.
    const onNotification = () => {
        document.body.dataset.liveNotifications = String(Number(document.body.dataset.liveNotifications || 0) + 1);
        refresh(document.querySelector("[data-bell]"));
    };

    if (window.EventSource && document.querySelector("#nav, [data-ticket], [data-bell]")) {
        const source = new EventSource("/live");
        source.addEventListener("hello", () => document.body.dataset.live = "connected");
        source.addEventListener("ticket", (event) => onTicketEvent(JSON.parse(event.data)));
        source.addEventListener("notification", onNotification);
        source.addEventListener("presence", (event) => {
            if (ticketId !== null && JSON.parse(event.data).ticketId === ticketId) {
                heartbeat(false);
            }
        });
        source.onerror = () => document.body.dataset.live = "reconnecting";
    }

    // After a live refresh the composer must know about the newest message on screen only once the agent saw it:
    // the server warns when something newer than "last seen" exists at send time.
    document.addEventListener("htmx:afterSwap", () => {
        const props = document.querySelector("[data-props]");
        props?.addEventListener("input", () => props.dataset.dirty = "true", { once: true });
    });

    // --- dialogs (escalate, remind me): opened by buttons naming them, also inside fragments htmx loaded later ---
    document.addEventListener("click", (event) => {
        const opener = event.target.closest?.("[data-dialog-open]");
        if (opener) {
            const dialog = document.getElementById(opener.dataset.dialogOpen);
            dialog?.querySelectorAll("[data-browser-zone]").forEach((input) => {
                input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
            });
            dialog?.showModal();
            return;
        }
        const closer = event.target.closest?.("[data-dialog-close]");
        closer?.closest("dialog")?.close();
    });

    // --- presence -----------------------------------------------------------------------------------------------
    let typingUntil = 0;
    const heartbeat = (leaving) => {
        if (ticketId === null) {
            return;
        }
        const url = ticketPage.dataset.presenceUrl;
        const typing = Date.now() < typingUntil;
        if (leaving) {
            navigator.sendBeacon?.(url + "?leaving=true&_csrf=" + encodeURIComponent(csrfToken || ""));
            return;
        }
        post(url, { typing: String(typing) })
            .then((response) => response.ok ? response.text() : null)
            .then((html) => {
                const box = document.getElementById("presence");
                if (html !== null && box) {
                    const parsed = new DOMParser().parseFromString(html, "text/html").getElementById("presence");
                    if (parsed) {
                        box.replaceChildren(...parsed.childNodes);
                    }
                }
            })
            .catch(() => {});
    };
    if (ticketId !== null) {
        heartbeat(false);
        setInterval(() => heartbeat(false), 10000);
        window.addEventListener("pagehide", () => heartbeat(true));
        const body = document.querySelector("[data-composer-body]");
        let wasTyping = false;
        body?.addEventListener("input", () => {
            typingUntil = Date.now() + 5000;
            if (!wasTyping) {
                wasTyping = true;
                heartbeat(false);
                setTimeout(() => { wasTyping = false; }, 4000);
            }
        });
    }

    // --- composer -----------------------------------------------------------------------------------------------
    const composer = document.getElementById("composer");
    const syncMode = () => {
        const note = composer?.querySelector("[data-mode-note]");
        composer?.classList.toggle("is-note", Boolean(note?.checked));
    };
    composer?.addEventListener("change", syncMode);
    syncMode();
    const props = document.querySelector("[data-props]");
    props?.addEventListener("input", () => props.dataset.dirty = "true", { once: true });

    // --- bulk actions -------------------------------------------------------------------------------------------
    const bulk = document.getElementById("bulk");
    if (bulk) {
        const action = bulk.querySelector("[data-bulk-action]");
        const values = bulk.querySelector("[data-bulk-values]");
        const text = bulk.querySelector("[data-bulk-text]");
        const counter = bulk.querySelector("[data-bulk-count]");
        const hint = counter.textContent;
        const syncAction = () => {
            const kind = action.value;
            const usesText = kind === "tags" || kind === "merge";
            values.hidden = usesText;
            values.disabled = usesText;
            text.hidden = !usesText;
            text.disabled = !usesText;
            text.name = usesText ? "value" : "";
            values.querySelectorAll("optgroup").forEach((group) => {
                group.hidden = group.dataset.for !== kind;
                group.disabled = group.dataset.for !== kind;
            });
            const first = values.querySelector(`optgroup[data-for="${kind}"] option`);
            if (first && values.selectedOptions[0]?.parentElement?.dataset.for !== kind) {
                first.selected = true;
            }
            text.placeholder = kind === "merge" ? text.dataset.mergePlaceholder : text.dataset.tagsPlaceholder;
        };
        action.addEventListener("change", syncAction);
        syncAction();
        const syncCount = () => {
            const n = document.querySelectorAll("input[name=ids]:checked").length;
            counter.textContent = n === 0 ? hint : counter.dataset.selectedText.replace("{n}", String(n));
        };
        document.addEventListener("change", (event) => {
            if (event.target.matches("[data-select-all]")) {
                document.querySelectorAll("input[name=ids]").forEach((box) => box.checked = event.target.checked);
            }
            if (event.target.matches("input[name=ids], [data-select-all]")) {
                syncCount();
            }
        });
    }

    // --- keyboard shortcuts -------------------------------------------------------------------------------------
    const typingInField = (target) =>
        target.closest("input, textarea, select, [contenteditable=''], [contenteditable=true]") !== null;

    const rows = () => Array.from(document.querySelectorAll("tr[data-row]"));
    const moveCurrent = (step) => {
        const all = rows();
        if (all.length === 0) {
            return;
        }
        const index = all.findIndex((row) => row.classList.contains("is-current"));
        const next = all[Math.max(0, Math.min(all.length - 1, index < 0 ? 0 : index + step))];
        all.forEach((row) => row.classList.remove("is-current"));
        next.classList.add("is-current");
        next.querySelector(".subject a")?.focus();
    };

    const focusComposer = (note) => {
        const target = composer?.querySelector(note ? "[data-mode-note]" : "[data-mode-public]");
        if (!target) {
            return;
        }
        target.checked = true;
        syncMode();
        composer.querySelector("[data-composer-body]").focus();
    };

    const dialog = document.getElementById("shortcuts");
    document.querySelectorAll("[data-shortcuts-open]").forEach((button) =>
        button.addEventListener("click", () => dialog?.showModal()));

    // Search suggestions: arrow keys move between the box and the suggested links, Escape closes the list.
    const searchBox = document.getElementById("q");
    const suggestions = document.getElementById("search-suggestions");
    if (searchBox && suggestions) {
        const links = () => Array.from(suggestions.querySelectorAll("a"));
        const close = () => { suggestions.replaceChildren(); searchBox.setAttribute("aria-expanded", "false"); };
        document.addEventListener("htmx:afterSwap", (event) => {
            if (event.detail.target === suggestions) {
                searchBox.setAttribute("aria-expanded", String(links().length > 0));
            }
        });
        searchBox.addEventListener("keydown", (event) => {
            if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
            if (event.key === "Escape") { close(); }
        });
        suggestions.addEventListener("keydown", (event) => {
            const all = links();
            const at = all.indexOf(document.activeElement);
            if (event.key === "ArrowDown" && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
            if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : searchBox).focus(); }
            if (event.key === "Escape") { close(); searchBox.focus(); }
        });
        document.addEventListener("click", (event) => {
            if (!event.target.closest(".search")) { close(); }
        });
    }

    document.addEventListener("keydown", (event) => {
        if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typingInField(event.target)) {
            return;
        }
        if (dialog?.open && event.key !== "?") {
            return;
        }
        const current = document.querySelector("tr.is-current");
        const actions = {
            "j": () => moveCurrent(1),
            "k": () => moveCurrent(-1),
            "x": () => { const box = current?.querySelector("input[name=ids]"); if (box) { box.click(); } },
            "Enter": () => { if (current) { window.location.href = current.dataset.href; } },
            "r": () => focusComposer(false),
            "n": () => focusComposer(true),
            "m": () => document.querySelector("[data-macros-open]")?.click(),
            "s": () => document.querySelector("[data-shortcut-solve]")?.requestSubmit(),
            "a": () => document.querySelector("[data-shortcut-assign]")?.requestSubmit(),
            "/": () => document.getElementById("q")?.focus(),
            "?": () => dialog?.open ? dialog.close() : dialog?.showModal(),
        };
        const action = actions[event.key];
        if (action && !(event.key === "Enter" && !current)) {
            event.preventDefault();
            action();
        }
    });
})();
