/**
 * The month pickers' behaviour, on every page that shows pacing charts or the service level
 * report: choosing a month shows that month's figure (or report) of the group and hides the
 * group's others. Attributes are
 * compared as strings, so no user text reaches a selector. The preview's own script calls
 * `slaShowMonth` to put the months chosen before back after each render.
 */
export const MONTH_PICKER_SCRIPT = `(function () {
    function showMonth(group, month) {
        document.querySelectorAll('figure.sla-chart, div.sla-report-month').forEach(function (figure) {
            if (figure.getAttribute('data-chart-group') === group) {
                figure.hidden = figure.getAttribute('data-month') !== month;
            }
        });
    }
    window.slaShowMonth = showMonth;
    document.addEventListener('change', function (event) {
        var picker = event.target;
        if (picker instanceof HTMLSelectElement && picker.classList.contains('sla-month-picker')) {
            showMonth(picker.getAttribute('data-chart-group'), picker.value);
        }
    });
})();`;
