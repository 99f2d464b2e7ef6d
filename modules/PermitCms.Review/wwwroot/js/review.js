// 审核: a hint only — the workflow refuses a return without a comment on the server as well.
(function () {
    'use strict';

    var form = document.getElementById('review-form');
    if (!form) {
        return;
    }
    form.addEventListener('submit', function (e) {
        var button = e.submitter;
        var comment = document.getElementById('Comment');
        if (button && button.dataset.commentRequired === 'true' && !comment.value.trim()) {
            e.preventDefault();
            comment.classList.add('is-invalid');
            comment.focus();
            alert('请填写审批意见后再' + button.textContent.trim() + '。');
        }
    });
})();
