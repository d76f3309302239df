// Interim: replaced by the renderers.
namespace crmroi {}
