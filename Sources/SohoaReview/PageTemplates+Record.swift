extension PageTemplates {
    /// The record screen: the row across the opening with the current field's cell framed, and the record's fields
    /// in the form's order. Keys: Tab and Enter go to the next field that needs a person (Enter on the last saves
    /// the record), `Alt+1`…`Alt+5` take an alternative, `Alt+0` the proposal for a value typed without marks
    /// (`TypedProposal`), `Alt+K` marks a field illegible, `Ctrl+Enter` saves,
    /// `Alt+B` skips the record, `Alt+N` dismisses a blank row as "not a record" (offered only where nothing in the
    /// row was read or typed). A field's input opens with its value selected, so that typing replaces it.
    static let record = """
        {{> header}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <h1>Bản ghi dòng {{row}} <small>· sổ {{book}} · trang mở {{opening}}</small></h1>
        {{#strips}}<figure class="strip"><img src="/records/{{recordId}}/row/{{side}}" alt="dòng của bản ghi, trang {{label}}">
        {{#frames}}<span class="frame" id="frame-{{fieldId}}" style="left:{{left}};top:{{top}};width:{{width}};height:{{height}}"></span>{{/frames}}
        </figure>{{/strips}}
        <form method="post" action="/records/{{recordId}}/decision" id="record" data-book="{{book}}" data-opening="{{opening}}" data-row="{{row}}">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <input type="hidden" name="filter" value="{{filter}}">
        <div class="fields">
        {{#fields}}
        {{#pending}}<div class="field pending{{#illegible}} illegible{{/illegible}}{{#fieldError}} invalid{{/fieldError}}">
        <label for="value-{{fieldId}}">{{header}}{{#secondReading}} <strong>(lần đọc thứ hai)</strong>{{/secondReading}}</label>
        <input class="value" id="value-{{fieldId}}" name="value-{{fieldId}}" value="{{value}}" data-id="{{fieldId}}" data-name="{{name}}"
          {{#follows}}data-follows="{{follows}}"{{/follows}} {{#predicted}}data-predicted="1"{{/predicted}} autocomplete="off" {{#list}}list="{{list}}"{{/list}}>
        {{#predicted}}<span class="predicted">dự đoán</span>{{/predicted}}
        <span class="proposal" id="proposal-{{fieldId}}" hidden></span>
        {{#fieldError}}<span class="error" role="alert">{{fieldError}}</span>{{/fieldError}}
        <span class="reading">Máy đọc: <q>{{reading}}</q> · {{#reasons}}<span class="reason">{{.}}</span> {{/reasons}}</span>
        {{#hasReadings}}<ul class="readings">{{#readings}}<li>{{reviewer}}: {{actionLabel}} <q>{{value}}</q></li>{{/readings}}</ul>{{/hasReadings}}
        {{#hasAlternatives}}<ol class="alternatives">{{#alternatives}}<li id="alt-{{fieldId}}-{{key}}" data-value="{{value}}"><kbd>Alt+{{key}}</kbd> {{value}}</li>{{/alternatives}}</ol>{{/hasAlternatives}}
        <label class="illegible-toggle"><input type="checkbox" id="illegible-{{fieldId}}" name="illegible-{{fieldId}}" value="1" tabindex="-1"
          {{#illegible}}checked{{/illegible}}> không đọc được <kbd>Alt+K</kbd></label>
        </div>{{/pending}}
        {{#settled}}<div class="field settled"><span class="header">{{header}}</span> <output>{{value}}</output> <small>{{statusLabel}}</small></div>{{/settled}}
        {{/fields}}
        </div>
        {{#lists}}<datalist id="{{id}}">{{#options}}<option value="{{.}}">{{/options}}</datalist>{{/lists}}
        <p class="actions">
        <button type="submit" name="action" value="save">Lưu bản ghi <kbd>Ctrl+Enter</kbd></button>
        <button type="submit" name="action" value="skip">Bỏ qua bản ghi <kbd>Alt+B</kbd></button>
        {{#mayDismiss}}<button type="submit" name="action" value="not-a-record" id="dismiss"
          title="Dòng trống (vết bẩn, nét lạc): không xuất">Không phải bản ghi <kbd>Alt+N</kbd></button>{{/mayDismiss}}
        </p>
        </form>
        <p class="keys">Phím tắt: <kbd>Enter</kbd> hoặc <kbd>Tab</kbd> sang trường sau (ở trường cuối, <kbd>Enter</kbd> lưu bản ghi) ·
        <kbd>Alt+1</kbd>…<kbd>Alt+5</kbd> chọn phương án · gõ không dấu rồi <kbd>Alt+0</kbd> nhận đề xuất · <kbd>Alt+K</kbd> không đọc được · <kbd>Ctrl+Enter</kbd> lưu ·
        <kbd>Alt+B</kbd> bỏ qua bản ghi{{#mayDismiss}} · <kbd>Alt+N</kbd> dòng trống, không phải bản ghi{{/mayDismiss}}. Ngày gõ 8 chữ số (05012010), giờ 4 chữ số (2045), số đăng ký không cần năm.</p>
        {{> offers}}
        <script>
        (function () {
          var form = document.getElementById('record');
          var inputs = Array.prototype.slice.call(form.querySelectorAll('input.value'));
          function submit(action) { form.requestSubmit(form.querySelector('button[value="' + action + '"]')); }
          function next(input) {
            var at = inputs.indexOf(input);
            if (at + 1 < inputs.length) inputs[at + 1].focus(); else submit('save');
          }
          inputs.forEach(function (input) {
            var frame = document.getElementById('frame-' + input.dataset.id);
            input.addEventListener('focus', function () {
              if (input.dataset.follows && !input.dataset.edited) {
                var source = form.querySelector('input.value[data-name="' + input.dataset.follows + '"]');
                if (source && source.value) { input.value = source.value; input.dataset.predicted = '1'; }
              }
              if (frame) { frame.classList.add('current'); frame.scrollIntoView({block: 'nearest'}); }
              input.select();
            });
            input.addEventListener('blur', function () { if (frame) frame.classList.remove('current'); });
            sohoaOffers(input, next);
            input.addEventListener('keydown', function (event) {
              if (event.key === 'Enter' && !event.altKey) {
                event.preventDefault();
                if (event.ctrlKey) submit('save'); else next(input);
                return;
              }
              if (!event.altKey) return;
              var key = event.key.toLowerCase();
              if (key === 'k') {
                event.preventDefault();
                var box = document.getElementById('illegible-' + input.dataset.id);
                box.checked = !box.checked;
                input.closest('.field').classList.toggle('illegible', box.checked);
                if (box.checked) next(input);
              } else if (key === 'b') {
                event.preventDefault();
                submit('skip');
              } else if (key === 'n' && document.getElementById('dismiss')) {
                event.preventDefault();
                submit('not-a-record');
              }
            });
          });
          var first = form.querySelector('.invalid input.value') || inputs[0];
          if (first) first.focus();
        })();
        </script>
        {{> footer}}
        """

    /// The script both typing screens share: for one input, a proposal for text typed without marks (fetched as it is
    /// typed, taken with `Alt+0`) and its alternatives (`Alt+1`…`Alt+5`); `taken(input)` runs once one is taken.
    static let offers = """
        <script>
        function sohoaOffers(input, taken) {
          var proposal = document.getElementById('proposal-' + input.dataset.id);
          var pending = null;
          input.addEventListener('input', function () {
            input.dataset.edited = '1';
            proposal.hidden = true;
            clearTimeout(pending);
            var text = input.value;
            if (text.trim().length < 2) return;
            pending = setTimeout(function () {
              fetch('/fields/' + input.dataset.id + '/proposal?text=' + encodeURIComponent(text))
                .then(function (response) { return response.ok ? response.text() : ''; })
                .then(function (value) {
                  if (input.value !== text) return;
                  proposal.dataset.for = text;
                  proposal.dataset.value = value;
                  proposal.textContent = value ? 'Đề xuất (Alt+0): ' + value : '';
                  proposal.hidden = !value || value === text;
                });
            }, 80);
          });
          input.addEventListener('keydown', function (event) {
            if (!event.altKey) return;
            var key = event.key.toLowerCase();
            var alternative = key === '0'
              ? (proposal.hidden || proposal.dataset.for !== input.value ? null : proposal)
              : document.getElementById('alt-' + input.dataset.id + '-' + key);
            if (!alternative) return;
            event.preventDefault();
            event.stopImmediatePropagation();
            input.value = alternative.dataset.value;
            input.dataset.edited = '1';
            taken(input);
          });
        }
        </script>
        """

    static let recordStyle = """
        figure.strip { position: relative; margin: .3em 0; } figure.strip img { width: 100%; display: block; border: 1px solid #999; }
        .frame { position: absolute; box-sizing: border-box; border: 2px solid rgba(29, 53, 87, .25); pointer-events: none; }
        .frame.current { border: 3px solid #e63946; }
        .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(22em, 1fr)); gap: .4em 1em; }
        .field { padding: .3em; border-left: 3px solid transparent; } .field.pending:focus-within { border-left-color: #e63946; background: #fff7f7; }
        .field label { display: block; font-weight: bold; } .field input.value { font-size: 1.25em; width: 100%; box-sizing: border-box; }
        .field.settled { color: #555; } .field.settled output { font-weight: bold; color: #111; }
        .field.illegible input.value { text-decoration: line-through; background: #eee; }
        .field .reading { display: block; font-size: .85em; color: #444; } .predicted { font-size: .8em; background: #d8f3dc; padding: 0 .3em; }
        .alternatives { display: none; margin: .2em 0; padding-left: 0; list-style: none; font-size: .9em; }
        .field:focus-within .alternatives, .decide .alternatives { display: block; } .illegible-toggle { font-size: .85em; }
        .field.invalid input.value { border: 2px solid #a00; } .proposal:not([hidden]) { display: block; font-size: .9em; background: #e8f0fe; }
        """
}
