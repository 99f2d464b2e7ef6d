// 登录: clicking the captcha image fetches a new one and clears the answer.
(function () {
    'use strict';

    var refresh = document.querySelector('.captcha-refresh');
    if (!refresh) {
        return;
    }
    refresh.addEventListener('click', function () {
        var answer = document.getElementById('Input_Captcha');
        document.getElementById('captcha-image').src = '/account/captcha?t=' + Date.now();
        answer.value = '';
        answer.focus();
    });
})();
