// Opens the print dialog once the print-ready report has loaded.
window.addEventListener("load", function () { window.print(); });
