// The macro picker on the ticket page: "m" or the Macros button opens a searchable list (type to filter, arrow keys
// and Enter, Escape closes). A chosen macro fills the composer with its rendered text and says which fields it will
// change; sending then goes through the macro, so the text and the changes are saved together. A macro without text
// is applied at once.
(function () {
    "use strict";

    const picker = document.getElementById("macro-picker");
    const composer = document.getElementById("composer");
    const opener = document.querySelector("[data-macros-open]");
    if (!picker || !composer || !opener) {
        return;
    }
    const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
    const headers = () => {
        const h = { "Accept": "application/json" };
        const token = meta("csrf-token");
        const header = meta("csrf-header");
        if (token && header) {
            h[header] = token;
        }
        return h;
    };
    const summary = composer.querySelector("[data-macro-summary]");
    const body = composer.querySelector("[data-composer-body]");
    let loaded = false;
    let active = -1;
    let chosen = null;

    const options = () => Array.from(picker.querySelectorAll("[role=option]")).filter((o) => !o.hidden);
    const filter = () => picker.querySelector("[data-macro-filter]");

    const highlight = (index) => {
        const all = options();
        picker.querySelectorAll("[role=option]").forEach((o) => o.setAttribute("aria-selected", "false"));
        active = all.length === 0 ? -1 : Math.max(0, Math.min(all.length - 1, index));
        const input = filter();
        if (active < 0) {
            input?.removeAttribute("aria-activedescendant");
            return;
        }
        all[active].setAttribute("aria-selected", "true");
        all[active].scrollIntoView({ block: "nearest" });
        input?.setAttribute("aria-activedescendant", all[active].id);
    };

    const applyFilter = () => {
        const words = filter().value.toLowerCase().split(/\s+/).filter(Boolean);
        picker.querySelectorAll("[role=option]").forEach((o) => {
            const text = o.textContent.toLowerCase();
            o.hidden = !words.every((w) => text.includes(w));
        });
        const empty = picker.querySelector("[data-macro-empty]");
        if (empty) {
            empty.hidden = options().length > 0;
        }
        highlight(0);
    };

    const open = async () => {
        if (!loaded) {
            const response = await fetch(picker.dataset.src, { credentials: "same-origin" });
            picker.querySelector("[data-macro-picker-body]").innerHTML = await response.text();
            loaded = true;
            filter().addEventListener("input", applyFilter);
            filter().addEventListener("keydown", (event) => {
                if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
                if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
                if (event.key === "Enter") {
                    event.preventDefault();
                    const choice = options()[active];
                    if (choice) { choose(choice); }
                }
            });
            picker.querySelector("[role=listbox]").addEventListener("click", (event) => {
                const choice = event.target.closest("[role=option]");
                if (choice) { choose(choice); }
            });
        }
        filter().value = "";
        applyFilter();
        picker.showModal();
        filter().focus();
    };

    const showError = (message) => {
        summary.hidden = false;
        summary.replaceChildren();
        const p = document.createElement("p");
        p.className = "alert error";
        p.setAttribute("role", "alert");
        p.textContent = message;
        summary.append(p);
    };

    const showSummary = (macro) => {
        summary.replaceChildren();
        const head = document.createElement("p");
        head.className = "macro-summary-head";
        head.textContent = macro.summary;
        summary.append(head);
        if (macro.changes.length) {
            const list = document.createElement("ul");
            macro.changes.forEach((change) => {
                const li = document.createElement("li");
                li.textContent = change;
                list.append(li);
            });
            summary.append(list);
        }
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "secondary";
        remove.textContent = opener.dataset.removeLabel || "×";
        remove.addEventListener("click", () => {
            chosen = null;
            summary.hidden = true;
            summary.replaceChildren();
            body.focus();
        });
        summary.append(remove);
        summary.hidden = false;
    };

    const choose = async (option) => {
        picker.close();
        const response = await fetch(option.dataset.render, { credentials: "same-origin", headers: headers() });
        const macro = await response.json().catch(() => ({}));
        if (!response.ok) {
            showError(macro.detail || opener.dataset.failedLabel || String(response.status));
            return;
        }
        if (!macro.hasText) {
            const applied = await fetch(macro.applyUrl, { method: "POST", credentials: "same-origin", headers: headers() });
            const result = await applied.json().catch(() => ({}));
            if (applied.ok) {
                window.location.href = result.redirect;
            } else {
                showError(result.error || opener.dataset.failedLabel);
            }
            return;
        }
        body.value = body.value.trim() ? `${body.value.trimEnd()}\n\n${macro.body}` : macro.body;
        const mode = composer.querySelector(macro.visibility === "INTERNAL" ? "[data-mode-note]" : "[data-mode-public]");
        if (mode && !mode.checked) {
            mode.checked = true;
            mode.dispatchEvent(new Event("change", { bubbles: true }));
        }
        chosen = macro;
        showSummary(macro);
        body.dispatchEvent(new Event("input", { bubbles: true }));
        body.focus();
    };

    composer.addEventListener("submit", async (event) => {
        if (!chosen) {
            return;
        }
        event.preventDefault();
        const send = composer.querySelector("[data-composer-send]");
        send.disabled = true;
        try {
            const response = await fetch(chosen.sendUrl, {
                method: "POST", credentials: "same-origin", headers: headers(), body: new FormData(composer),
            });
            const result = await response.json().catch(() => ({}));
            if (response.ok) {
                window.location.href = result.redirect;
                return;
            }
            showError(result.error || opener.dataset.failedLabel);
        } finally {
            send.disabled = false;
        }
    });

    opener.addEventListener("click", () => { open(); });
})();
