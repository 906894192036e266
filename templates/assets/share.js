// "Salin tautan" under an article: copies the article's address instead of following the link, where the browser
// allows it. Without JavaScript (or a clipboard) the link is a plain link to the article.
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('a[data-copy]') : null;
  if (!link || !navigator.clipboard || !window.isSecureContext) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(link.href).then(function () {
    link.textContent = 'Tautan disalin';
  });
});
