// 批准单查询 and details: confirmation (and comment) dialog for actions, page size change, reset.
// The server checks everything again; this script only makes the pages convenient.
(function () {
    'use strict';

    var form = document.getElementById('permit-action-form');
    var dialogEl = document.getElementById('permit-confirm');
    if (form && dialogEl && window.bootstrap) {
        var dialog = bootstrap.Modal.getOrCreateInstance(dialogEl);
        var message = document.getElementById('permit-confirm-message');
        var group = document.getElementById('permit-confirm-comment-group');
        var comment = document.getElementById('permit-confirm-comment');
        var hidden = document.getElementById('permit-action-comment');
        var pending = null;

        document.addEventListener('click', function (e) {
            var button = e.target.closest('button[form="permit-action-form"]');
            if (!button || button === pending) {
                return;
            }
            var needsComment = button.getAttribute('data-comment') === 'required';
            var text = button.getAttribute('data-confirm');
            if (!text && !needsComment) {
                return;
            }
            e.preventDefault();
            pending = button;
            message.textContent = text || '';
            group.hidden = !needsComment;
            comment.value = '';
            comment.classList.remove('is-invalid');
            var ok = document.getElementById('permit-confirm-ok');
            ok.className = 'btn ' + (button.getAttribute('data-action') === 'delete' ? 'btn-danger' : 'btn-primary');
            ok.textContent = '确定' + (button.textContent || '').trim();
            dialog.show();
        });

        dialogEl.addEventListener('shown.bs.modal', function () {
            (group.hidden ? document.getElementById('permit-confirm-ok') : comment).focus();
        });
        dialogEl.addEventListener('hidden.bs.modal', function () {
            if (pending && !pending.dataset.submitting) {
                pending.focus();
                pending = null;
            }
        });

        document.getElementById('permit-confirm-ok').addEventListener('click', function () {
            if (!pending) {
                return;
            }
            if (!group.hidden && !comment.value.trim()) {
                comment.classList.add('is-invalid');
                comment.focus();
                return;
            }
            hidden.value = group.hidden ? '' : comment.value;
            pending.dataset.submitting = 'true';
            this.disabled = true;
            form.requestSubmit(pending);
        });
    }

    // Choosing a page size with the mouse reloads the list at once; from the keyboard the arrows only move
    // the choice (no reload per key press) and Enter applies it.
    var size = document.getElementById('page-size');
    if (size) {
        var byKey = false;
        size.addEventListener('keydown', function (e) {
            byKey = e.key !== 'Enter';
            if (e.key === 'Enter') {
                e.preventDefault();
                size.form.requestSubmit();
            }
        });
        size.addEventListener('pointerdown', function () { byKey = false; });
        size.addEventListener('change', function () {
            if (!byKey) {
                size.form.requestSubmit();
            }
        });
    }
})();
