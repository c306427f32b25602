// A meta refresh drops the #fragment of the link that was followed; a server's 301 keeps
// it. Going there from script first keeps `/go/3/#refunds` landing on the section.
const target = document.querySelector<HTMLAnchorElement>('a[data-redirect-target]');
if (target) location.replace(target.pathname + location.search + location.hash);
