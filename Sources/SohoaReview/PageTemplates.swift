import Mustache

/// The review page's HTML, as Mustache templates compiled into the program (no files to install beside it).
/// Every value is inserted with `{{…}}`, which HTML-escapes it: a reading can hold `<script>`.
enum PageTemplates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in [
            ("header", header), ("footer", footer), ("login", login), ("home", home), ("review", review), ("done", done),
            ("supervisor", supervisor), ("history", history), ("message", message), ("record", record), ("group", group),
            ("offers", offers),
        ] {
            try library.register(text, named: name)
        }
        return library
    }

    static let header = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>{{title}} · sohoa</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/style.css"></head><body>
        <header><a class="brand" href="/">sohoa · duyệt sổ hộ tịch</a>
        {{#reviewer}}<span class="who">{{name}} ({{roleLabel}})</span>
        {{#isSupervisor}}<a href="/supervisor">Giám sát</a>{{/isSupervisor}}
        <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}">
        <button type="submit">Đăng xuất</button></form>{{/reviewer}}</header><main>
        """

    static let footer = "</main></body></html>"

    static let login = """
        {{> header}}
        <h1>Đăng nhập</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login" class="login">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <label>Tên đăng nhập <input name="name" autocomplete="username" autofocus required></label>
        <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Đăng nhập</button>
        </form>
        {{> footer}}
        """

    static let home = """
        {{> header}}
        <h1>Hàng chờ duyệt: {{pending}} trường</h1>
        <form method="get" action="/review" class="filters">
        <label>Sổ <select name="book"><option value="">tất cả</option>{{#books}}<option value="{{id}}">{{id}}</option>{{/books}}</select></label>
        <label>Loại sổ <select name="type"><option value="">tất cả</option>{{#types}}<option value="{{code}}">{{label}}</option>{{/types}}</select></label>
        <label>Lý do <select name="reason"><option value="">tất cả</option>{{#reasons}}<option value="{{code}}">{{label}} ({{count}})</option>{{/reasons}}</select></label>
        <button type="submit" formaction="/records/review" autofocus>Bắt đầu duyệt</button>
        <button type="submit" formaction="/groups/review">Xác nhận theo nhóm</button>
        <button type="submit">Duyệt từng trường</button>
        </form>
        <h2>Lý do</h2>
        <table><tr><th>Lý do</th><th>Số trường</th></tr>
        {{#reasons}}<tr><td>{{label}}</td><td>{{count}}</td></tr>{{/reasons}}</table>
        <h2>Tiến độ theo sổ</h2>
        <table class="books"><tr><th>Sổ</th><th>Chờ duyệt</th><th>Đã quyết định</th><th>Tự động chấp nhận</th><th></th></tr>
        {{#books}}<tr><td>{{id}}</td><td>{{pending}}</td><td>{{decided}}</td><td>{{accepted}}</td>
        <td>{{#ready}}<strong class="ready">sẵn sàng xuất</strong>{{/ready}}</td></tr>{{/books}}</table>
        {{> footer}}
        """

    static let review = """
        {{> header}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <h1>{{header}} <small>({{name}})</small></h1>
        <p class="where">Sổ {{book}} · trang mở {{opening}} · dòng {{row}} · trang {{sideLabel}}{{#secondReading}} · <strong>lần đọc thứ hai (hai người)</strong>{{/secondReading}}</p>
        <figure class="row">{{#rowSides}}<img src="/fields/{{fieldId}}/row/{{side}}" alt="dòng của bản ghi, trang {{label}}">{{/rowSides}}</figure>
        <div class="decide">
        <figure class="cell"><img id="cell" src="/fields/{{fieldId}}/cell.png" alt="ô cần duyệt" title="Bấm để phóng to"
          onclick="this.classList.toggle('zoomed')"></figure>
        <div>
        <p>Máy đọc: <q class="reading">{{text}}</q></p>
        <p>Lý do: {{#reasons}}<span class="reason">{{.}}</span> {{/reasons}}</p>
        {{#hasReadings}}<div class="readings"><h2>Hai lần đọc khác nhau</h2><ul>
        {{#readings}}<li>{{reviewer}}: {{actionLabel}} <q>{{value}}</q></li>{{/readings}}</ul></div>{{/hasReadings}}
        <form method="post" action="/fields/{{fieldId}}/decision" id="decision" data-book="{{book}}" data-opening="{{opening}}"
          data-row="{{row}}" data-field="{{name}}">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <input type="hidden" name="filter" value="{{filter}}">
        <label for="value">Giá trị</label>
        <input id="value" name="value" value="{{value}}" data-id="{{fieldId}}" autocomplete="off" autofocus {{#hasChoices}}list="choices"{{/hasChoices}}>
        {{#predicted}}<span class="predicted">dự đoán</span>{{/predicted}}
        <span class="proposal" id="proposal-{{fieldId}}" hidden></span>
        {{#hasAlternatives}}<ol class="alternatives">{{#alternatives}}<li id="alt-{{fieldId}}-{{key}}" data-value="{{value}}"><kbd>Alt+{{key}}</kbd> {{value}}</li>{{/alternatives}}</ol>{{/hasAlternatives}}
        {{#hasChoices}}<datalist id="choices">{{#choices}}<option value="{{.}}">{{/choices}}</datalist>{{/hasChoices}}
        <p class="actions">
        <button type="submit" name="action" value="save">Lưu <kbd>Enter</kbd></button>
        <button type="submit" name="action" value="illegible">Không đọc được <kbd>Alt+K</kbd></button>
        <button type="submit" name="action" value="skip">Bỏ qua <kbd>Alt+B</kbd></button>
        </p>
        </form>
        </div>
        </div>
        <p class="keys">Phím tắt: <kbd>Enter</kbd> lưu giá trị (giữ nguyên là xác nhận, sửa là đính chính) và sang trường sau ·
        <kbd>Alt+1</kbd>…<kbd>Alt+5</kbd> chọn phương án và lưu · gõ không dấu rồi <kbd>Alt+0</kbd> nhận đề xuất ·
        <kbd>Alt+K</kbd> không đọc được · <kbd>Alt+B</kbd> bỏ qua · bấm vào ảnh để phóng to.
        Ngày gõ 8 chữ số (05012010), giờ 4 chữ số (2045), số đăng ký không cần năm.</p>
        {{> offers}}
        <script>
        (function () {
          var form = document.getElementById('decision');
          var input = document.getElementById('value');
          function submit(action) { form.requestSubmit(form.querySelector('button[value="' + action + '"]')); }
          sohoaOffers(input, function () { submit('save'); });
          input.addEventListener('focus', function () { input.select(); });
          if (document.activeElement === input) input.select();
          document.addEventListener('keydown', function (event) {
            if (!event.altKey) return;
            var choice = {k: 'illegible', b: 'skip'}[event.key.toLowerCase()];
            if (!choice) return;
            event.preventDefault();
            submit(choice);
          });
        })();
        </script>
        {{> footer}}
        """

    static let done = """
        {{> header}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#groupsDone}}<h1>Không còn nhóm nào cần bạn xác nhận</h1>
        <p>Các trường còn lại (nếu có) không cùng giá trị với đủ trường khác, cần hai người đọc, hoặc đã được đánh dấu khác: hãy duyệt chúng theo bản ghi.</p>{{/groupsDone}}
        {{^groupsDone}}<h1>Không còn trường nào cần bạn duyệt</h1>
        <p>Các trường còn lại (nếu có) đang được người khác duyệt, hoặc chờ người thứ hai đọc lại.</p>{{/groupsDone}}
        <p>{{#groupsDone}}<a href="/records/review{{#filter}}?{{filter}}{{/filter}}" autofocus>Duyệt tiếp theo bản ghi</a> · {{/groupsDone}}<a href="/" {{^groupsDone}}autofocus{{/groupsDone}}>Về hàng chờ</a></p>
        {{> footer}}
        """

    static let supervisor = """
        {{> header}}
        <h1>Giám sát</h1>
        <h2>Người duyệt</h2>
        <table><tr><th>Người duyệt</th><th>Quyết định</th><th>Trường mỗi giờ</th><th>Bị thay đổi</th></tr>
        {{#reviewers}}<tr><td>{{name}}</td><td>{{decisions}}</td><td>{{perHour}}</td><td>{{overturned}}</td></tr>{{/reviewers}}</table>
        <h2>Nhịp duyệt (thời gian mở màn hình)</h2>
        <table class="pace"><tr><th>Người duyệt</th><th>Cách duyệt</th><th>Trường</th><th>Bản ghi</th><th>Giây mỗi trường</th><th>Giây mỗi bản ghi</th></tr>
        {{#pace}}<tr><td>{{name}}</td><td>{{mode}}</td><td>{{fields}}</td><td>{{records}}</td><td>{{perField}}</td><td>{{perRecord}}</td></tr>{{/pace}}</table>
        <h2>Ô kiểm tra bị bỏ sót (xác nhận theo nhóm)</h2>
        <table class="checks"><tr><th>Người duyệt</th><th>Nhóm bị từ chối</th><th>Ô kiểm tra bỏ sót</th></tr>
        {{#checks}}<tr><td>{{name}}</td><td>{{grids}}</td><td>{{missed}}</td></tr>{{/checks}}
        {{^checks}}<tr><td colspan="3">Chưa ai bỏ sót ô kiểm tra nào.</td></tr>{{/checks}}</table>
        <h2>Dòng bị bỏ vì không phải bản ghi (không xuất)</h2>
        <table class="dismissed"><tr><th>Sổ</th><th>Trang mở</th><th>Dòng</th><th>Ai bỏ</th><th>Lúc</th><th></th></tr>
        {{#dismissed}}<tr><td>{{book}}</td><td>{{opening}}</td><td>{{row}}</td><td>{{by}}</td><td>{{at}}</td>
        <td><form class="inline" method="post" action="/supervisor/records/{{recordId}}/restore"><input type="hidden" name="_csrf" value="{{csrf}}">
        <button type="submit">Trả lại hàng chờ</button></form></td></tr>{{/dismissed}}
        {{^dismissed}}<tr><td colspan="6">Chưa có dòng nào bị bỏ.</td></tr>{{/dismissed}}</table>
        <h2>Quyết định gần đây</h2>
        <table><tr><th>Lúc</th><th>Ai</th><th>Trường</th><th>Việc</th><th>Giá trị cũ</th><th>Giá trị mới</th></tr>
        {{#recent}}<tr><td>{{at}}</td><td>{{actor}}</td><td><a href="/supervisor/fields/{{fieldId}}">{{fieldId}}</a></td>
        <td>{{action}}</td><td>{{old}}</td><td>{{new}}</td></tr>{{/recent}}</table>
        {{> footer}}
        """

    static let history = """
        {{> header}}
        <h1>Lịch sử trường {{fieldId}}</h1>
        <table><tr><th>Lúc</th><th>Ai</th><th>Việc</th><th>Giá trị cũ</th><th>Giá trị mới</th></tr>
        {{#entries}}<tr><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{old}}</td><td>{{new}}</td></tr>{{/entries}}</table>
        {{> footer}}
        """

    static let message = """
        {{> header}}
        <h1>{{heading}}</h1><p>{{message}}</p><p><a href="/">Về hàng chờ</a></p>
        {{> footer}}
        """

    static let style = """
        body { font: 16px/1.4 system-ui, sans-serif; margin: 0; color: #111; }
        header { display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #1d3557; color: #fff; }
        header a { color: #fff; } .brand { font-weight: bold; margin-right: auto; }
        main { padding: 1em; max-width: 1200px; }
        form.inline { display: inline; } label { margin-right: 1em; }
        .error { color: #a00; font-weight: bold; } .notice { color: #064; }
        figure { margin: .5em 0; } figure.row { display: flex; gap: 4px; } figure.row img { max-width: 50%; max-height: 22vh; border: 1px solid #999; }
        .decide { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 1.5em; align-items: start; }
        figure.cell img { max-width: 100%; max-height: 45vh; border: 2px solid #e63946; cursor: zoom-in; }
        figure.cell img.zoomed { max-height: none; cursor: zoom-out; }
        .reading { font-size: 1.3em; } #value { font-size: 1.4em; width: 100%; box-sizing: border-box; margin: .3em 0; }
        .reason { background: #ffe8a1; padding: 0 .3em; }
        table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .5em; }
        .ready { color: #064; } kbd { border: 1px solid #999; border-radius: 3px; padding: 0 .2em; font-size: .8em; }
        """
}
