User-agent: *
Allow: /
<#list page.sitemaps as sitemap>
Sitemap: ${sitemap}
</#list>
