// Form drafts kept in this browser (localStorage), so that a session that times out while the user is typing loses
// nothing: every edit of a text field is saved per page; after signing in again and coming back to the page, the
// fields are filled in again and Blazor is told through the usual input/change events.
// A field takes part when it has an id, a name or a data-testid; passwords and files never do.
(function () {
    const prefix = "kc-draft:";
    const maxAgeMs = 24 * 60 * 60 * 1000;

    function keyOf(element) {
        return element.getAttribute("data-draft") || element.getAttribute("data-testid") || element.id || element.name || null;
    }

    function eligible(element) {
        if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) {
            return false;
        }
        const type = (element.type || "").toLowerCase();
        if (["password", "file", "hidden", "submit", "button"].includes(type) || element.closest("form[data-no-draft], .kc-account")) {
            return false;
        }
        return keyOf(element) !== null;
    }

    function storageKey() { return prefix + location.pathname; }

    function read() {
        try {
            const draft = JSON.parse(localStorage.getItem(storageKey()) || "null");
            if (draft && Date.now() - draft.savedAt < maxAgeMs) { return draft; }
        } catch { /* a damaged draft is dropped */ }
        localStorage.removeItem(storageKey());
        return null;
    }

    function saveField(element) {
        const draft = read() || { savedAt: Date.now(), fields: {} };
        draft.fields[keyOf(element)] = element.type === "checkbox" ? String(element.checked) : element.value;
        draft.savedAt = Date.now();
        localStorage.setItem(storageKey(), JSON.stringify(draft));
    }

    function saveAll() {
        document.querySelectorAll("input, textarea, select").forEach(element => {
            if (eligible(element) && element.value !== element.defaultValue) { saveField(element); }
        });
    }

    function clear() { localStorage.removeItem(storageKey()); }

    // Fills the fields of the stored draft that are on the page now; a field that appears later (a form opened by a
    // click) is filled when it appears. Each field is restored once per page load.
    const restored = new Set();

    function restore() {
        const draft = read();
        if (!draft) { return 0; }
        let count = 0;
        for (const [key, value] of Object.entries(draft.fields)) {
            if (restored.has(key)) { continue; }
            const element = document.querySelector(`[data-draft="${CSS.escape(key)}"], [data-testid="${CSS.escape(key)}"], #${CSS.escape(key)}, [name="${CSS.escape(key)}"]`);
            if (!element || !eligible(element)) { continue; }
            restored.add(key);
            if (element.value === value) { continue; }
            if (element.type === "checkbox") { element.checked = value === "true"; } else { element.value = value; }
            element.dispatchEvent(new Event("input", { bubbles: true }));
            element.dispatchEvent(new Event("change", { bubbles: true }));
            count++;
        }
        if (count > 0) { banner(restored.size); }
        return count;
    }

    function banner(count) {
        const existing = document.querySelector(".kc-draft-banner");
        if (existing) { existing.remove(); }
        const div = document.createElement("div");
        div.className = "kc-draft-banner";
        div.setAttribute("role", "status");
        div.setAttribute("data-testid", "draft-restored");
        div.textContent = `已恢复上次未提交的 ${count} 项内容，请核对后保存。`;
        const discard = document.createElement("button");
        discard.type = "button";
        discard.textContent = "丢弃草稿";
        discard.addEventListener("click", () => { clear(); div.remove(); });
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = "关闭";
        close.addEventListener("click", () => div.remove());
        div.append(discard, close);
        document.body.appendChild(div);
    }

    document.addEventListener("input", event => { if (eligible(event.target) && event.isTrusted) { saveField(event.target); } }, true);
    document.addEventListener("change", event => { if (eligible(event.target) && event.isTrusted) { saveField(event.target); } }, true);

    // Restore once the page is interactive (the circuit is up), so Blazor receives the events; then watch for fields
    // that appear later.
    function restoreWhenInteractive(attempt) {
        if (!read()) { return; }
        if (window.Blazor === undefined || attempt < 6) {
            if (attempt < 60) { setTimeout(() => restoreWhenInteractive(attempt + 1), 250); }
            return;
        }
        restore();
        let pending = false;
        new MutationObserver(() => {
            if (pending || !read()) { return; }
            pending = true;
            setTimeout(() => { pending = false; restore(); }, 200);
        }).observe(document.body, { childList: true, subtree: true });
    }
    window.addEventListener("load", () => restoreWhenInteractive(0));

    window.kechuangDrafts = { saveAll, clear, restore };
})();
