const { checkSync } = require('recheck'); const res=require('/tmp/h/regexes.json');
const t0=Date.now(); const seen=new Set();
for (const r of res) { const k=r.source+'/'+r.flags; if (seen.has(k)) continue; seen.add(k); const t=Date.now(); const d=checkSync(r.source,r.flags,{timeout:20000}); const ms=Date.now()-t; if (d.status!=='safe'||ms>500) console.log(d.status, d.complexity?.summary||d.error?.kind, ms+'ms', r.f+':'+r.line, '/'+r.source+'/'+r.flags); }
console.log('total', seen.size, Date.now()-t0, 'ms');
