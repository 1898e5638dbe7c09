// A meta refresh drops the #anchor of a shared section link; forwarding from script keeps it.
const target = document.body.dataset.redirectTo;
if (target) location.replace(target + location.search + location.hash);
