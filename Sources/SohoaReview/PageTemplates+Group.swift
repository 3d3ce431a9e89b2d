extension PageTemplates {
    /// The group confirmation grid: crops of one column proposed to hold one value. Keys: the arrows move between
    /// crops, Space toggles the one in focus (a click toggles too), Enter confirms every crop left untoggled,
    /// `Alt+B` gives the grid back. The crops carry nothing but their place in the grid.
    static let group = """
        {{> header}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <h1>{{header}}: <q class="proposed">{{shown}}</q> <small>· {{count}} ô</small></h1>
        <p class="where">Các ô dưới đây được đề xuất là <strong>{{shown}}</strong>. Đánh dấu những ô <strong>khác</strong> (mũi tên rồi
        <kbd>Space</kbd>, hoặc bấm chuột), rồi <kbd>Enter</kbd> để xác nhận các ô còn lại. Ô đã đánh dấu trở lại hàng chờ.</p>
        <form method="post" action="/groups/{{groupId}}/decision" id="group" data-group="{{groupId}}" data-value="{{value}}">
        <input type="hidden" name="_csrf" value="{{csrf}}">
        <input type="hidden" name="filter" value="{{filter}}">
        <div class="grid">
        {{#crops}}<label class="crop" data-position="{{position}}"><input type="checkbox" name="odd-{{position}}" value="1">
        <img src="/groups/{{groupId}}/crop/{{position}}" alt="ô {{position}}"></label>{{/crops}}
        </div>
        <p class="actions">
        <button type="submit" name="action" value="confirm">Xác nhận các ô không đánh dấu <kbd>Enter</kbd></button>
        <button type="submit" name="action" value="skip">Trả lại nhóm <kbd>Alt+B</kbd></button>
        </p>
        </form>
        <script>
        (function () {
          var form = document.getElementById('group');
          var boxes = Array.prototype.slice.call(form.querySelectorAll('.crop input'));
          function submit(action) { form.requestSubmit(form.querySelector('button[value="' + action + '"]')); }
          function columns() {
            var top = boxes[0].closest('.crop').offsetTop, count = 0;
            while (count < boxes.length && boxes[count].closest('.crop').offsetTop === top) count++;
            return Math.max(count, 1);
          }
          boxes.forEach(function (box, at) {
            box.addEventListener('keydown', function (event) {
              var step = {ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns(), ArrowUp: -columns()}[event.key];
              if (step) {
                event.preventDefault();
                var to = Math.min(Math.max(at + step, 0), boxes.length - 1);
                boxes[to].focus();
              } else if (event.key === 'Enter') {
                event.preventDefault();
                submit('confirm');
              } else if (event.altKey && event.key.toLowerCase() === 'b') {
                event.preventDefault();
                submit('skip');
              }
            });
          });
          if (boxes.length) boxes[0].focus();
        })();
        </script>
        {{> footer}}
        """

    static let groupStyle = """
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15em, 1fr)); gap: .4em; }
        .crop { position: relative; display: block; border: 3px solid #ccc; cursor: pointer; }
        .crop input { position: absolute; opacity: 0; } .crop img { display: block; width: 100%; max-height: 9em; object-fit: contain; }
        .crop:focus-within { border-color: #1d3557; } .crop:has(input:checked) { border-color: #e63946; }
        .crop:has(input:checked)::after { content: "khác"; position: absolute; top: 0; right: 0; background: #e63946; color: #fff; padding: 0 .4em; }
        .crop:has(input:checked) img { opacity: .45; } q.proposed { font-size: 1.3em; background: #d8f3dc; padding: 0 .3em; }
        """
}
