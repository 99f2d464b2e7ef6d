// Security keys (passkeys / WebAuthn). The server (ASP.NET Core Identity) makes the options JSON and
// verifies the answer; this script only hands them between the server and the browser's authenticator.
(function () {
    'use strict';

    function showError(form, message) {
        const box = form.querySelector('[data-passkey-error]');
        if (box) {
            box.textContent = message;
            box.classList.remove('d-none');
        }
    }

    function supported() {
        return window.isSecureContext && window.PublicKeyCredential
            && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';
    }

    async function fetchOptions(form) {
        const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
        const response = await fetch(form.dataset.optionsUrl, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'RequestVerificationToken': token },
        });
        if (!response.ok) {
            throw new Error('options ' + response.status);
        }
        return response.json();
    }

    function describe(error) {
        if (error && error.name === 'NotAllowedError') {
            return '操作已取消或超时，请重试。';
        }
        if (error && error.name === 'InvalidStateError') {
            return '该安全密钥已登记过，无需重复登记。';
        }
        return '安全密钥操作失败，请重试或改用其他登录方式。';
    }

    async function run(form, ceremony) {
        if (!supported()) {
            showError(form, '当前浏览器或连接不支持安全密钥，请使用最新版浏览器并通过 HTTPS 访问。');
            return;
        }
        const button = form.querySelector('[data-passkey-start]');
        button.disabled = true;
        try {
            const options = await fetchOptions(form);
            const credential = await ceremony(options);
            form.querySelector('[data-passkey-credential]').value = JSON.stringify(credential);
            form.submit();
        } catch (error) {
            console.warn(error);
            showError(form, describe(error));
            button.disabled = false;
        }
    }

    document.querySelectorAll('form[data-passkey-signin]').forEach(function (form) {
        form.querySelector('[data-passkey-start]').addEventListener('click', function () {
            run(form, function (options) {
                return navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
            });
        });
    });

    document.querySelectorAll('form[data-passkey-register]').forEach(function (form) {
        form.querySelector('[data-passkey-start]').addEventListener('click', function () {
            if (!form.reportValidity()) {
                return;
            }
            run(form, function (options) {
                return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) });
            });
        });
    });
})();
