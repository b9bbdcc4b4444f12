// The page's one stylesheet and one script, inline, each allowed by its SHA-256 hash in the
// Content-Security-Policy: the page loads nothing, runs nothing else, and works opened from
// disk or attached to an email. Neither contains anything from the report.

import { createHash } from 'node:crypto';

/** How many matching conflicts the page shows before "Show more" (a large archive stays usable). */
export const PAGE_SIZE = 100;

export const CSS = `
:root{--fg:#1b1b1b;--muted:#555;--line:#c8c8c8;--bg:#fff;--soft:#f4f4f4;--err:#a4161a;--warn:#7a4d00;--info:#1d4f91;--change:#5a3e8a;--mark:#ffe066;--ok:#1e6b34}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:#0b57a4}
a:focus,button:focus,select:focus,input:focus,article:focus{outline:3px solid #0b57a4;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
header,main,footer{max-width:78rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem}h3{font-size:1.1rem;margin:0 0 .5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.2rem .6rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
.muted{color:var(--muted)}
.badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;font-size:.85rem;font-weight:600;color:#fff;background:var(--muted);margin-right:.25rem}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.info{background:var(--info)}.badge.change{background:var(--change)}
.badge.verdict{background:#fff;color:var(--fg);border:1px solid var(--fg)}.badge.confirmed{border-color:var(--err);color:var(--err)}.badge.false-alarm,.badge.explained{border-color:var(--ok);color:var(--ok)}
#filters form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end}
#filters label{display:flex;flex-direction:column;font-size:.9rem}
select,input,button{font:inherit;padding:.25rem .4rem}
input[type=search]{min-width:16rem}
.story{border-top:2px solid var(--fg);margin-top:1.5rem}
.conflict{border:1px solid var(--line);border-radius:.4rem;padding:1rem;margin:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 32rem}
.conflict.settled{border-style:dashed}
.sets{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem;margin:.75rem 0}
.set{background:var(--soft);border-radius:.3rem;padding:.5rem .75rem}
.set>h4{margin:.1rem 0 .4rem;font-size:1rem}
.claim{margin:0 0 .75rem;padding:0 0 .5rem;border-bottom:1px solid var(--line)}
.claim:last-child{border-bottom:0}
.claim .value{font-weight:700;font-size:1.05rem}
.claim dl,.why dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.3rem 0}
.claim dt,.why dt{color:var(--muted)}.claim dd,.why dd{margin:0;overflow-wrap:anywhere}
blockquote{margin:.4rem 0;padding:.3rem .6rem;border-left:4px solid var(--line);background:#fff;overflow-wrap:anywhere}
blockquote .sentence{background:#eef3fb}
mark{background:var(--mark);color:#000;font-weight:700;padding:0 .1rem}
.why{margin:.5rem 0}.why summary,.review summary{cursor:pointer;font-weight:600}
.why ul{margin:.2rem 0;padding-left:1.2rem}
.review{margin-top:.5rem}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem}
pre{background:var(--soft);padding:.5rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
svg.timeline{max-width:100%;height:auto;background:#fff;border:1px solid var(--line)}
svg.timeline text{font:12px system-ui,sans-serif;fill:#1b1b1b}
svg.timeline .axis{stroke:#555;stroke-width:1}svg.timeline .grid{stroke:#ddd;stroke-width:1}
svg.timeline .step{stroke:#5a3e8a;stroke-width:2;fill:none}
svg.timeline .point{fill:#5a3e8a}svg.timeline .bar{fill:#5a3e8a;fill-opacity:.35;stroke:#5a3e8a}
footer{margin-top:2rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
[hidden]{display:none!important}
@media print{
 body{font-size:11pt}#filters,.skip,#f-more,.record{display:none!important}
 .conflict{break-inside:avoid;content-visibility:visible;border-color:#999}
 a{color:inherit;text-decoration:none}.sets{grid-template-columns:1fr 1fr}
 .set{background:none;border:1px solid #999}
}
`.trim();

export const SCRIPT = `
(function(){
var PAGE=${PAGE_SIZE};
var $=function(s){return document.querySelector(s)};
var all=Array.prototype.slice.call(document.querySelectorAll('article.conflict'));
var stories=Array.prototype.slice.call(document.querySelectorAll('section.story'));
var text=all.map(function(a){return a.textContent.toLowerCase()});
var keys=['kind','severity','relation','story','verdict'];
var q=$('#f-q'),count=$('#f-count'),more=$('#f-more'),limit=PAGE,printing=false;
function apply(){
 var words=q.value.toLowerCase().split(/\\s+/).filter(Boolean),n=0,shown=0;
 all.forEach(function(a,i){
  var ok=keys.every(function(k){var s=$('#f-'+k);return !s||!s.value||a.getAttribute('data-'+k)===s.value});
  if(ok)ok=words.every(function(w){return text[i].indexOf(w)>=0});
  if(ok)n++;
  var vis=ok&&(printing||n<=limit);a.hidden=!vis;if(vis)shown++;
 });
 stories.forEach(function(s){s.hidden=!s.querySelector('article.conflict:not([hidden])')});
 count.textContent=shown===n?n+' of '+all.length+' conflicts shown':shown+' of '+n+' matching conflicts shown';
 more.hidden=printing||n<=limit;
}
keys.forEach(function(k){var s=$('#f-'+k);if(s)s.addEventListener('change',function(){limit=PAGE;apply()})});
q.addEventListener('input',function(){limit=PAGE;apply()});
$('#f-reset').addEventListener('click',function(){keys.forEach(function(k){var s=$('#f-'+k);if(s)s.value=''});q.value='';limit=PAGE;apply()});
more.addEventListener('click',function(){limit+=PAGE;apply()});
window.addEventListener('beforeprint',function(){printing=true;document.querySelectorAll('details.why').forEach(function(d){d.open=true});apply()});
window.addEventListener('afterprint',function(){printing=false;apply()});
document.addEventListener('keydown',function(e){
 var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='SELECT'||t==='TEXTAREA'||e.ctrlKey||e.metaKey||e.altKey)return;
 if(e.key==='/'){e.preventDefault();q.focus();return}
 if(e.key!=='j'&&e.key!=='k')return;
 var vis=all.filter(function(a){return !a.hidden}),cur=vis.indexOf(document.activeElement);
 var next=e.key==='j'?cur+1:cur<0?vis.length-1:cur-1;var a=vis[next];
 if(a){e.preventDefault();a.focus();a.scrollIntoView({block:'start'})}
});
apply();
})();
`.trim();

/** The CSP source expression of an inline block: 'sha256-<base64>'. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Nothing from the network, no other script or style, no forms or plugins. */
export const CSP = [
  "default-src 'none'",
  `style-src ${cspHash(CSS)}`,
  `script-src ${cspHash(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
