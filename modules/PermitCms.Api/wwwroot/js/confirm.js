// Asks before a destructive action: a form, or the button that submits it, with data-confirm="…" is sent only
// after 确定. The text comes from an attribute (HTML-encoded by Razor), never from script, so a name with quotes
// in it stays text.
(function () {
    'use strict';

    document.addEventListener('submit', function (e) {
        var source = e.submitter && e.submitter.hasAttribute('data-confirm') ? e.submitter : e.target;
        var text = source.getAttribute && source.getAttribute('data-confirm');
        if (text && !window.confirm(text)) {
            e.preventDefault();
        }
    });
})();
