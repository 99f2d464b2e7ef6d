// 批准单申请: the goods dialog, confirmations and the Excel import with upload progress.
// The server validates everything again; this script only makes the page convenient.
(function () {
    'use strict';

    // 删除 and other destructive buttons ask first.
    document.addEventListener('click', function (e) {
        var el = e.target.closest('[data-confirm]');
        if (el && !el.disabled && !window.confirm(el.getAttribute('data-confirm'))) {
            e.preventDefault();
            e.stopImmediatePropagation();
        }
    }, true);

    // 选择文件: the native picker's button speaks the browser's language; ours says 选择文件 and shows the name.
    document.querySelectorAll('.file-picker input[type=file]').forEach(function (input) {
        var name = document.querySelector('.file-name[data-for="' + input.id + '"]');
        input.addEventListener('change', function () {
            name.textContent = input.files.length ? input.files[0].name : '未选择文件';
        });
    });

    var gridForm = document.getElementById('goods-grid-form');
    var deleteButton = document.getElementById('goods-delete');
    if (deleteButton && gridForm) {
        deleteButton.addEventListener('click', function (e) {
            if (!gridForm.querySelector('.goods-check:checked')) {
                e.preventDefault();
                e.stopImmediatePropagation();
                window.alert('请先勾选要删除的商品。');
            }
        }, true);
    }

    // The goods dialog (新增 / 修改).
    var dialogEl = document.getElementById('goods-dialog');
    if (dialogEl && window.bootstrap) {
        var dialog = bootstrap.Modal.getOrCreateInstance(dialogEl);
        var form = document.getElementById('goods-dialog-form');
        var title = document.getElementById('goods-dialog-title');
        var total = document.getElementById('goods-total');
        var field = function (key) { return document.getElementById('GoodsForm_' + key); };
        var updateTotal = function () {
            var q = parseFloat(field('Quantity').value), p = parseFloat(field('UnitPrice').value);
            total.value = isFinite(q) && isFinite(p) ? (Math.round(q * p * 100) / 100).toFixed(2) : '';
        };
        var fill = function (values, id) {
            form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
            form.querySelectorAll('.invalid-feedback').forEach(function (el) { el.textContent = ''; });
            ['Title', 'OriginalTitle', 'HsCode', 'CarrierCode', 'Publisher', 'CountryCode', 'LanguageCode', 'Quantity', 'UnitCode', 'UnitPrice', 'CurrencyCode']
                .forEach(function (key) { field(key).value = values[key] || ''; });
            document.getElementById('GoodsId').value = id || '';
            title.textContent = id ? '修改商品信息' : '新增商品信息';
            updateTotal();
        };
        field('Quantity').addEventListener('input', updateTotal);
        field('UnitPrice').addEventListener('input', updateTotal);
        dialogEl.addEventListener('shown.bs.modal', function () { field('Title').focus(); });

        var add = document.getElementById('goods-add');
        if (add) {
            add.addEventListener('click', function () { fill({}, null); dialog.show(); });
        }
        var edit = document.getElementById('goods-edit');
        if (edit) {
            edit.addEventListener('click', function () {
                var checked = document.querySelectorAll('.goods-check:checked');
                if (checked.length !== 1) {
                    window.alert('请勾选一条要修改的商品。');
                    return;
                }
                var row = checked[0].closest('tr');
                fill(JSON.parse(row.getAttribute('data-goods')), row.getAttribute('data-goods-id'));
                dialog.show();
            });
        }
        if (dialogEl.getAttribute('data-reopen') === 'true') {
            updateTotal();
            dialog.show();
        }
    }

    // 选择文件 + 导入: upload with progress, then a spinner while the server validates every row.
    var importForm = document.getElementById('goods-import-form');
    if (importForm) {
        importForm.addEventListener('submit', function (e) {
            e.preventDefault();
            var file = document.getElementById('goods-file');
            var result = document.getElementById('import-result');
            result.innerHTML = '';
            if (!file.files.length) {
                showMessage(result, 'danger', '请先选择要导入的 Excel 文件（.xlsx）。');
                return;
            }
            var progress = document.getElementById('import-progress');
            var bar = document.getElementById('import-progress-bar');
            var status = document.getElementById('import-status-text');
            var button = document.getElementById('goods-import');
            progress.hidden = false;
            button.disabled = true;
            var xhr = new XMLHttpRequest();
            xhr.open('POST', importForm.action);
            xhr.upload.addEventListener('progress', function (ev) {
                if (ev.lengthComputable) {
                    var pct = Math.round(ev.loaded * 100 / ev.total);
                    bar.style.width = pct + '%';
                    bar.textContent = pct + '%';
                }
            });
            xhr.upload.addEventListener('load', function () {
                bar.style.width = '100%';
                bar.textContent = '100%';
                status.textContent = '上传完成，正在校验并导入…';
            });
            xhr.addEventListener('load', function () {
                var data;
                try { data = JSON.parse(xhr.responseText); } catch (err) { data = { ok: false, message: '导入失败（' + xhr.status + '），请重试。', errors: [] }; }
                progress.hidden = true;
                button.disabled = false;
                if (data.ok) {
                    window.location.reload();
                    return;
                }
                showErrors(result, data);
            });
            xhr.addEventListener('error', function () {
                progress.hidden = true;
                button.disabled = false;
                showMessage(result, 'danger', '网络错误，文件未能上传，请重试。');
            });
            xhr.send(new FormData(importForm));
            status.textContent = '正在上传…';
        });
    }

    function showMessage(container, kind, text) {
        var div = document.createElement('div');
        div.className = 'alert alert-' + kind + ' mb-2';
        div.setAttribute('role', 'alert');
        div.id = 'import-message';
        div.textContent = text;
        container.appendChild(div);
        return div;
    }

    function showErrors(container, data) {
        var alert = showMessage(container, 'danger', data.message);
        if (!data.errors || !data.errors.length) {
            return;
        }
        var download = document.createElement('button');
        download.type = 'button';
        download.className = 'btn btn-sm btn-outline-danger ms-2';
        download.id = 'import-errors-download';
        download.textContent = '下载错误清单';
        download.addEventListener('click', function () { downloadCsv(data.errors); });
        alert.appendChild(download);
        var wrap = document.createElement('div');
        wrap.className = 'table-responsive import-errors';
        var table = document.createElement('table');
        table.className = 'table table-sm table-bordered';
        table.id = 'import-errors';
        table.innerHTML = '<thead class="table-light"><tr><th scope="col">行</th><th scope="col">列</th><th scope="col">问题</th></tr></thead>';
        var body = document.createElement('tbody');
        data.errors.forEach(function (err) {
            var tr = document.createElement('tr');
            [err.row, err.column, err.message].forEach(function (v) {
                var td = document.createElement('td');
                td.textContent = v;
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        table.appendChild(body);
        wrap.appendChild(table);
        container.appendChild(wrap);
    }

    // The error list as CSV (UTF-8 with BOM so that Excel and WPS show the Chinese text).
    function downloadCsv(errors) {
        // A cell starting with = + - @ tab or CR would be taken for a formula (spreadsheet injection): prefix an apostrophe.
        var quote = function (v) { var s = String(v); if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; } return '"' + s.replace(/"/g, '""') + '"'; };
        var lines = ['行,列,问题'].concat(errors.map(function (e) { return [e.row, quote(e.column), quote(e.message)].join(','); }));
        var blob = new Blob(['\ufeff' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' });
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = '商品导入错误清单.csv';
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }
})();
