import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** Props of `UploadTemplateSteps`. */
export interface UploadTemplateStepsProps {
  fileName: string;
}

/** How to deploy the downloaded template when this page has no published templates to launch. */
export function UploadTemplateSteps({ fileName }: UploadTemplateStepsProps) {
  return (
    <Box sx={{ my: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        Deploy it
      </Typography>
      <Typography variant="body2" color="text.secondary" component="ol" sx={{ pl: 3, my: 0.5 }}>
        <li>Download the template ({fileName}).</li>
        <li>
          In the AWS CloudFormation console (any region: IAM is global), choose Create stack, With
          new resources (standard).
        </li>
        <li>Choose Upload a template file, pick {fileName}, then Next.</li>
        <li>
          Name the stack, check the External ID, tick that the stack creates IAM resources, and
          Create stack. Its RoleArn output is what Cloudcraft asks for.
        </li>
      </Typography>
    </Box>
  );
}
